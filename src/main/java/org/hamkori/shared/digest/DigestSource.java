package org.hamkori.shared.digest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.hamkori.shared.security.Viewer;

/**
 * A module's contribution to one reader's weekly digest. Implemented by feature modules
 * as Spring beans; the notifications module collects every bean of this type, so a new
 * module adds its lines without anything else changing.
 * <p>
 * A source speaks only of the mechanisms the reader sits in (the viewer's seats), never
 * of anything the viewer may not see, even when the viewer is a platform admin.
 */
public interface DigestSource {

	/**
	 * What this reader should read, about the mechanisms they sit in, since
	 * {@code since}; texts in {@code locale}. Never anything the viewer may not see.
	 * @param reader the reader, with their current seats
	 * @param locale the language of the e-mail
	 * @param since the start of the week the digest looks back on
	 * @return the lines, in the order they should be read within each section; empty when
	 * there is nothing
	 */
	List<DigestItem> itemsFor(Viewer reader, Locale locale, Instant since);

}
