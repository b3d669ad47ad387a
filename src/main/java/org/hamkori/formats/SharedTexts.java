package org.hamkori.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * The shared strings of a workbook ({@code xl/sharedStrings.xml}), read in one bounded
 * pass: at most {@link Limits#MAX_SHARED_STRINGS} texts of together at most
 * {@link Limits#MAX_SHARED_CHARS} characters, else {@code data.file.text-too-large}
 * before more is kept. A text is its {@code t} elements, plain or in rich-text runs,
 * without phonetic runs ({@code rPh}), as Excel shows it.
 */
final class SharedTexts {

	private final List<String> texts = new ArrayList<>();

	private SharedTexts() {
	}

	static SharedTexts none() {
		return new SharedTexts();
	}

	/**
	 * Reads the part to its end; the stream is closed.
	 * @throws FileFormatException {@code data.file.text-too-large}, or what the part's
	 * stream throws
	 */
	static SharedTexts read(InputStream part) throws IOException, XMLStreamException {
		SharedTexts shared = new SharedTexts();
		try (part) {
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(part);
			try {
				shared.readAll(xml);
			}
			finally {
				xml.close();
			}
		}
		return shared;
	}

	private void readAll(XMLStreamReader xml) throws XMLStreamException {
		long characters = 0;
		StringBuilder text = null;
		int phonetic = 0;
		boolean inText = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "si" -> {
						if (this.texts.size() >= Limits.MAX_SHARED_STRINGS) {
							throw new FileFormatException("data.file.text-too-large");
						}
						text = new StringBuilder();
						phonetic = 0;
					}
					case "rPh" -> phonetic++;
					case "t" -> inText = text != null && phonetic == 0;
					default -> {
					}
				}
			}
			else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE)) {
				characters += xml.getTextLength();
				if (characters > Limits.MAX_SHARED_CHARS) {
					throw new FileFormatException("data.file.text-too-large");
				}
				text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				switch (xml.getLocalName()) {
					case "si" -> {
						if (text != null) {
							this.texts.add(text.toString());
						}
						text = null;
					}
					case "rPh" -> phonetic--;
					case "t" -> inText = false;
					default -> {
					}
				}
			}
		}
	}

	/** The text at an index, or null when there is none. */
	String at(int index) {
		return (index >= 0 && index < this.texts.size()) ? this.texts.get(index) : null;
	}

	int size() {
		return this.texts.size();
	}

}
