package org.hamkori.formats;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of a CSV file as the parser reads it, counted: past
 * {@link Limits#MAX_CSV_CHARS} in all it ends with {@code data.file.text-too-large}, and
 * past {@link Limits#MAX_LINE_CHARS} since the current record began (a quote left open
 * runs on over every line break) with {@code data.file.line-too-long} and the line it
 * began on, before the parser has gathered more. The parser reads ahead a buffer at a
 * time, so both are counted to within a few kilobytes.
 */
final class BoundedReader extends FilterReader {

	private long total;

	private long sinceRecord;

	private long recordLine = 1;

	BoundedReader(Reader in) {
		super(in);
	}

	/** A new record begins on this line. */
	void recordStarts(long line) {
		this.recordLine = line;
		this.sinceRecord = 0;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			counted(1);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			counted(read);
		}
		return read;
	}

	private void counted(int read) {
		this.total += read;
		this.sinceRecord += read;
		if (this.total > Limits.MAX_CSV_CHARS) {
			throw new FileFormatException("data.file.text-too-large");
		}
		if (this.sinceRecord > Limits.MAX_LINE_CHARS + 64 * 1024) {
			throw new FileFormatException("data.file.line-too-long", this.recordLine, Limits.MAX_LINE_CHARS);
		}
	}

	@Override
	public long skip(long n) throws IOException {
		char[] buffer = new char[(int) Math.min(n, 8192)];
		int read = read(buffer, 0, buffer.length);
		return Math.max(read, 0);
	}

}
