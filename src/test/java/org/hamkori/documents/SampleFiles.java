package org.hamkori.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each kind, made by the libraries that write them, and some impostors. */
public final class SampleFiles {

	private SampleFiles() {
	}

	public static byte[] pdf() {
		return write((out) -> {
			try (PDDocument document = new PDDocument()) {
				document.addPage(new PDPage());
				document.save(out);
			}
		});
	}

	public static byte[] docx() {
		return write((out) -> {
			try (XWPFDocument document = new XWPFDocument()) {
				document.createParagraph().createRun().setText("Minutes of the CCM-TJ meeting");
				document.write(out);
			}
		});
	}

	public static byte[] xlsx() {
		return write((out) -> {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				workbook.createSheet("Remittances").createRow(0).createCell(0).setCellValue(42);
				workbook.write(out);
			}
		});
	}

	public static byte[] pptx() {
		return write((out) -> {
			try (XMLSlideShow slides = new XMLSlideShow()) {
				slides.createSlide();
				slides.write(out);
			}
		});
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	/** A Windows executable's first bytes. */
	public static byte[] exe() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3c] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	/** A Linux executable's first bytes. */
	public static byte[] elf() {
		byte[] bytes = new byte[256];
		bytes[0] = 0x7f;
		bytes[1] = 'E';
		bytes[2] = 'L';
		bytes[3] = 'F';
		bytes[4] = 2;
		bytes[5] = 1;
		bytes[6] = 1;
		return bytes;
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] svg() {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
				+ "width=\"10\" height=\"10\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A zip archive that is no office document. */
	public static byte[] zip() {
		return write((out) -> {
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.putNextEntry(new ZipEntry("readme.txt"));
				zip.write("hello".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		});
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x336699);
		return write((out) -> ImageIO.write(image, format, out));
	}

	private static byte[] write(Writer writer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			writer.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private interface Writer {

		void write(ByteArrayOutputStream out) throws IOException;

	}

}
