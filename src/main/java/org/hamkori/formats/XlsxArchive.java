package org.hamkori.formats;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * What the XLSX reader does with the archive around the sheet: refuses a part that
 * declares itself too large before anything is inflated, turns POI's and the XML parser's
 * failures into a message for the user, and closes what a failed opening left.
 */
final class XlsxArchive {

	/** Parts smaller than this may compress as well as they like. */
	private static final long INFLATE_GRACE_BYTES = 1024 * 1024;

	/** One compressed byte per hundred inflated ones at least, as POI's zip guard. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	private XlsxArchive() {
	}

	/**
	 * Refuses an archive whose directory declares a part larger than the limit, before
	 * anything is inflated; a part that lies about its size is stopped while it is read.
	 */
	static void checkDeclaredSizes(File file) throws IOException {
		try (ZipFile zip = new ZipFile(file)) {
			for (var entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (entry.getSize() > Limits.MAX_ENTRY_BYTES) {
					throw new FileFormatException("data.file.entry-too-large",
							Limits.megabytes(Limits.MAX_ENTRY_BYTES));
				}
				if (inflatesTooFar(entry)) {
					throw new FileFormatException("data.file.zip-bomb");
				}
			}
		}
		catch (java.util.zip.ZipException | SecurityException ex) {
			throw new FileFormatException("data.file.not-xlsx", ex);
		}
	}

	/**
	 * Whether a part declares that it inflates further than POI's guard allows: past a
	 * megabyte of grace, less than {@link #MIN_INFLATE_RATIO} compressed byte per
	 * inflated byte. POI's own ratio is a global that any library in the process may
	 * lower, so the ratio is held here. Checked on the directory, so it holds whichever
	 * stream later reads the part.
	 */
	private static boolean inflatesTooFar(ZipEntry entry) {
		long size = entry.getSize();
		long compressed = entry.getCompressedSize();
		return size > INFLATE_GRACE_BYTES && compressed >= 0 && compressed < size * MIN_INFLATE_RATIO;
	}

	/** The file's error as a message for the user: a zip bomb, or not an XLSX at all. */
	static FileFormatException translate(Throwable error) {
		for (Throwable cause = error; cause != null; cause = next(cause)) {
			if (cause instanceof FileFormatException format) {
				return format;
			}
			String message = cause.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb"))) {
				return new FileFormatException("data.file.zip-bomb", error);
			}
		}
		return new FileFormatException("data.file.not-xlsx", error);
	}

	private static Throwable next(Throwable error) {
		if (error instanceof XMLStreamException stream && stream.getNestedException() != null
				&& stream.getNestedException() != error) {
			return stream.getNestedException();
		}
		return (error.getCause() != error) ? error.getCause() : null;
	}

	static void closeQuietly(InputStream stream, OPCPackage opened) {
		try {
			if (stream != null) {
				stream.close();
			}
		}
		catch (IOException ex) {
			// Closing after a failure: the failure is what the user needs to see.
		}
		if (opened != null) {
			opened.revert();
		}
	}

}
