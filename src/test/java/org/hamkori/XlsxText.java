package org.hamkori;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the cells of the first sheet of an XLSX file with nothing but the JDK's zip and
 * XML parsers, so that tests check what the file really holds, not what the library that
 * wrote it believes.
 */
public final class XlsxText {

	private XlsxText() {
	}

	public static List<List<String>> rows(byte[] xlsx) throws Exception {
		byte[] sheet = null;
		byte[] shared = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					sheet = zip.readAllBytes();
				}
				else if (entry.getName().equals("xl/sharedStrings.xml")) {
					shared = zip.readAllBytes();
				}
			}
		}
		List<String> strings = new ArrayList<>();
		if (shared != null) {
			NodeList items = parse(shared).getElementsByTagName("si");
			for (int i = 0; i < items.getLength(); i++) {
				strings.add(items.item(i).getTextContent());
			}
		}
		List<List<String>> rows = new ArrayList<>();
		NodeList rowNodes = parse(sheet).getElementsByTagName("row");
		for (int r = 0; r < rowNodes.getLength(); r++) {
			List<String> cells = new ArrayList<>();
			NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagName("c");
			for (int c = 0; c < cellNodes.getLength(); c++) {
				Element cell = (Element) cellNodes.item(c);
				String text = cell.getTextContent();
				cells.add("s".equals(cell.getAttribute("t")) ? strings.get(Integer.parseInt(text.trim())) : text);
			}
			rows.add(cells);
		}
		return rows;
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

}
