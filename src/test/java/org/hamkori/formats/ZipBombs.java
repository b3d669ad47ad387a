package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Turns a workbook into a zip bomb: small on disk, its first sheet inflating to 64 MB.
 */
public final class ZipBombs {

	private ZipBombs() {
	}

	public static byte[] of(byte[] workbook) throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					inflatingSheet(out);
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return bomb.toByteArray();
	}

	/**
	 * 64 MB of blanks inside the sheet data: valid XML that deflates a thousand times.
	 */
	private static void inflatingSheet(OutputStream out) throws IOException {
		out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
				+ "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
			.getBytes(StandardCharsets.UTF_8));
		byte[] blanks = new byte[1 << 20];
		Arrays.fill(blanks, (byte) ' ');
		for (int i = 0; i < 64; i++) {
			out.write(blanks);
		}
		out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
	}

}
