package org.hamkori.reporting;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the bytes an upload's import has read, so that its progress bar can show how far
 * into the file it is.
 */
final class CountingInputStream extends FilterInputStream {

	private final AtomicLong count;

	CountingInputStream(InputStream in, AtomicLong count) {
		super(in);
		this.count = count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			this.count.incrementAndGet();
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			this.count.addAndGet(n);
		}
		return n;
	}

}
