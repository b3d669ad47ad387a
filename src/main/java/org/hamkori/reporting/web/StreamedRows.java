package org.hamkori.reporting.web;

import java.util.Iterator;
import java.util.List;

import org.hamkori.formats.RowReader;
import org.hamkori.formats.SourceRow;

/** Rows already in memory (the entry grid's cells, an API request) as a reader. */
final class StreamedRows {

	private StreamedRows() {
	}

	static RowReader of(List<SourceRow> rows) {
		Iterator<SourceRow> it = rows.iterator();
		return () -> it.hasNext() ? it.next() : null;
	}

}
