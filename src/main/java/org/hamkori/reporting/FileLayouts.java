package org.hamkori.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hamkori.formats.LongCsvReader;
import org.hamkori.formats.RowReader;
import org.hamkori.formats.SdmxCsvReader;
import org.hamkori.formats.WideCsvReader;
import org.hamkori.formats.XlsxReader;
import org.hamkori.formats.CsvOptions;

/**
 * How a data file is recognised and opened, the same for the upload pages and the API: a
 * ZIP is the XLSX template, otherwise a CSV read by its layout.
 */
final class FileLayouts {

	private FileLayouts() {
	}

	static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		}
	}

	/**
	 * A reader of the file in its layout; {@code in} streams the file for CSV layouts.
	 */
	static RowReader reader(DataUploads.Layout layout, CsvOptions options, Path file, InputStream in)
			throws IOException {
		return switch (layout) {
			case XLSX -> new XlsxReader(file.toFile());
			case SDMX -> new SdmxCsvReader(in, options.delimiter(), options.decimalComma());
			case WIDE -> new WideCsvReader(in, options);
			case LONG -> new LongCsvReader(in, options);
		};
	}

}
