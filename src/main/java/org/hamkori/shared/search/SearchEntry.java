package org.hamkori.shared.search;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.hamkori.shared.i18n.LocalizedText;

/**
 * One record as the search indexes it.
 *
 * @param type the kind of record, one of its source's {@link SearchSource#types()}, such
 * as {@code meeting}
 * @param id the record's identifier (a name-based UUID for records keyed by a code)
 * @param mechanismId the mechanism the record belongs to; {@code null} for region-wide
 * records such as people, organisations and the indicator catalogue
 * @param title the title, in the languages it is written in
 * @param text further words to find it by (plain text; never contact details)
 * @param url the path of its page, such as {@code /meetings/…}
 * @param date the date that orders and filters it, or {@code null}
 * @param audience the widest circle that may see it: the search pre-filters by this and
 * then asks the source ({@link SearchSource#visibleTo}) for the exact answer
 */
public record SearchEntry(String type, UUID id, @Nullable UUID mechanismId, LocalizedText title, String text,
		String url, @Nullable LocalDate date, Audience audience) {

	public SearchEntry {
		if (type == null || id == null || title == null || url == null || audience == null) {
			throw new IllegalArgumentException("A search entry needs a type, an id, a title, a page and an audience");
		}
		if (!url.startsWith("/")) {
			throw new IllegalArgumentException("A search entry's page is a path: " + url);
		}
		text = (text != null) ? text : "";
	}

	/**
	 * The widest circle that may see a record; the source's {@code visibleTo} narrows it.
	 */
	public enum Audience {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Members of the record's mechanism (and admins), at most. */
		MEMBERS,
		/**
		 * Members of the record's mechanism and of the regional mechanism (an item
		 * escalated to the region), at most.
		 */
		MEMBERS_AND_REGION

	}

}
