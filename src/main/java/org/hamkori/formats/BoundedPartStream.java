package org.hamkori.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One part of a workbook as it inflates, counted: past {@link Limits#MAX_ENTRY_BYTES} it
 * ends with {@code data.file.entry-too-large}, whatever the archive declared. It also
 * ends with {@code data.file.text-too-large} when more than
 * {@link Limits#MAX_MARKUP_GAP_BYTES} follow one another without a {@code <}: XML allows
 * none inside a name or an attribute value, and a cell's text is far shorter, so nothing
 * real is refused, while the XML parser, which keeps a whole name or attribute value in
 * memory, never gets a giant one.
 */
final class BoundedPartStream extends FilterInputStream {

	private final long limit;

	private long count;

	private long sinceTag;

	BoundedPartStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
			this.sinceTag = (b == '<') ? 0 : this.sinceTag + 1;
			checkGap(this.sinceTag);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			counted(read);
			long gap = this.sinceTag;
			for (int i = offset; i < offset + read; i++) {
				gap = (buffer[i] == '<') ? 0 : gap + 1;
				checkGap(gap);
			}
			this.sinceTag = gap;
		}
		return read;
	}

	private void counted(int read) {
		this.count += read;
		if (this.count > this.limit) {
			throw new FileFormatException("data.file.entry-too-large", Limits.megabytes(this.limit));
		}
	}

	private static void checkGap(long gap) {
		if (gap > Limits.MAX_MARKUP_GAP_BYTES) {
			throw new FileFormatException("data.file.text-too-large");
		}
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[(int) Math.min(n, 8192)];
		int read = read(buffer, 0, buffer.length);
		return Math.max(read, 0);
	}

}
