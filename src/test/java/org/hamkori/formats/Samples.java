package org.hamkori.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample files under src/test/resources/statistics and a way to read every row of a
 * reader.
 */
final class Samples {

	private Samples() {
	}

	static InputStream open(String name) {
		InputStream stream = Samples.class.getResourceAsStream("/statistics/" + name);
		if (stream == null) {
			throw new IllegalStateException("No sample " + name);
		}
		return stream;
	}

	static List<SourceRow> readAll(RowReader reader) throws IOException {
		try (reader) {
			List<SourceRow> rows = new ArrayList<>();
			for (SourceRow row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
			return rows;
		}
	}

}
