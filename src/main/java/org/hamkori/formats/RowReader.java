package org.hamkori.formats;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the values of one uploaded file or request, one at a time, so an import never
 * holds a whole file in memory. A problem with the whole file (wrong encoding, no header,
 * not a spreadsheet, a zip bomb) is thrown as a {@link FileFormatException} with a
 * message key for the user.
 */
public interface RowReader extends Closeable {

	/** The next value, or null at the end. */
	SourceRow next() throws IOException;

	@Override
	default void close() throws IOException {
	}

}
