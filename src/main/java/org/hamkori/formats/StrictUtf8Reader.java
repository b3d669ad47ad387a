package org.hamkori.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a stream strictly as UTF-8 and drops a leading byte order mark. Bytes that are
 * not UTF-8 (a file saved as windows-1251, say) end the reading with
 * {@code data.file.encoding} and the line where they stand, counted from 1, instead of
 * turning silently into replacement characters.
 */
final class StrictUtf8Reader extends Reader {

	private static final char BOM = '\uFEFF';

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);

	private final CharBuffer chars = CharBuffer.allocate(16 * 1024);

	/** Line breaks decoded so far plus one: the line an encoding error is reported on. */
	private long line = 1;

	private boolean started;

	private boolean endOfInput;

	private boolean flushed;

	/**
	 * The line of malformed bytes found while decoding ahead, reported once the text
	 * before it is read.
	 */
	private long malformedLine;

	public StrictUtf8Reader(InputStream in) {
		this.in = in;
		this.bytes.flip();
		this.chars.flip();
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (!this.chars.hasRemaining()) {
			if (!fill()) {
				return -1;
			}
		}
		int count = Math.min(length, this.chars.remaining());
		this.chars.get(buffer, offset, count);
		return count;
	}

	private boolean fill() throws IOException {
		if (this.malformedLine > 0) {
			throw new FileFormatException("data.file.encoding", this.malformedLine);
		}
		if (this.flushed) {
			return false;
		}
		this.chars.clear();
		if (!this.endOfInput && this.bytes.remaining() < 4) {
			this.bytes.compact();
			int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
			if (read < 0) {
				this.endOfInput = true;
			}
			else {
				this.bytes.position(this.bytes.position() + read);
			}
			this.bytes.flip();
		}
		CoderResult result = this.decoder.decode(this.bytes, this.chars, this.endOfInput);
		if (!result.isError() && this.endOfInput && !this.bytes.hasRemaining()) {
			result = this.decoder.flush(this.chars);
			this.flushed = !result.isOverflow();
		}
		this.chars.flip();
		countLines();
		if (result.isError()) {
			this.malformedLine = this.line;
			if (!this.chars.hasRemaining()) {
				throw new FileFormatException("data.file.encoding", this.line);
			}
		}
		if (!this.started && this.chars.hasRemaining()) {
			this.started = true;
			if (this.chars.get(this.chars.position()) == BOM) {
				this.chars.get();
			}
		}
		return this.chars.hasRemaining() || !this.flushed || this.malformedLine > 0;
	}

	private void countLines() {
		for (int i = this.chars.position(); i < this.chars.limit(); i++) {
			if (this.chars.get(i) == '\n') {
				this.line++;
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
