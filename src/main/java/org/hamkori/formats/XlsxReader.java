package org.hamkori.formats;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads a filled XLSX template back, streaming the first sheet's XML with a pull parser
 * so a large sheet is never held in memory; the shared strings are kept, as Excel keeps
 * one copy of each distinct text, within the bounds of {@link Limits}. The machine header
 * row is the first row with INDICATOR and OBS_VALUE cells; rows above it are ignored, and
 * so are columns the header does not name (the label columns). A row whose value and note
 * are empty gives nothing. A formula in a value cell gives a problem row
 * {@code data.cell.formula} naming the cell, whatever it computed; text in a value cell
 * passes through as text. A UNIT_MULT column gives the power of ten each row's value is
 * given in, carried beside it for the import to convert exactly
 * ({@code data.sdmx.unit-mult} when it is no whole number from -12 to 12). The package is
 * opened with POI's zip guard, so an archive that inflates far beyond its size ends with
 * {@code data.file.zip-bomb}; a file that is no XLSX with {@code data.file.not-xlsx}.
 * Every part read is bounded whatever the archive declares
 * ({@code data.file.entry-too-large}, {@code data.file.text-too-large}), and so are rows
 * ({@code data.file.too-many-rows}), columns ({@code data.file.too-many-columns}) and
 * cells ({@code data.file.cell-too-long}).
 */
public final class XlsxReader implements RowReader {

	/** Rows searched for the machine header before giving up. */
	private static final int HEADER_SEARCH_ROWS = 50;

	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	private final OPCPackage pkg;

	private final SharedTexts strings;

	private final InputStream sheet;

	private final XMLStreamReader xml;

	private Map<Integer, String> header;

	private int indicator = -1;

	private int period = -1;

	private int value = -1;

	private int note = -1;

	/** The column of SDMX's UNIT_MULT: the power of ten a row's value is given in. */
	private int unitMultiplier = -1;

	private final Map<Integer, String> dimensions = new LinkedHashMap<>();

	private long rowNumber;

	private long rowsRead;

	/**
	 * Opens a workbook and its first sheet.
	 * @param file the uploaded file
	 * @throws FileFormatException {@code data.file.not-xlsx}, {@code data.file.zip-bomb},
	 * {@code data.file.entry-too-large}, {@code data.file.text-too-large}
	 * @throws IOException when the file cannot be read
	 */
	public XlsxReader(File file) throws IOException {
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(file);
		}
		catch (IOException ex) {
			throw new FileFormatException("data.file.not-xlsx", ex);
		}
		if (magic != FileMagic.OOXML) {
			throw new FileFormatException("data.file.not-xlsx");
		}
		XlsxArchive.checkDeclaredSizes(file);
		OPCPackage opened = null;
		InputStream sheetStream = null;
		try {
			opened = OPCPackage.open(file, PackageAccess.READ);
			XSSFReader reader = new XSSFReader(opened);
			this.strings = sharedTexts(opened);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			if (!sheets.hasNext()) {
				throw new FileFormatException("data.file.not-xlsx");
			}
			sheetStream = new BoundedPartStream(sheets.next(), Limits.MAX_ENTRY_BYTES);
			this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetStream);
			this.pkg = opened;
			this.sheet = sheetStream;
		}
		catch (FileFormatException ex) {
			XlsxArchive.closeQuietly(sheetStream, opened);
			throw ex;
		}
		catch (Exception ex) {
			XlsxArchive.closeQuietly(sheetStream, opened);
			throw XlsxArchive.translate(ex);
		}
	}

	private static SharedTexts sharedTexts(OPCPackage opened) throws IOException, XMLStreamException {
		var parts = opened.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return SharedTexts.none();
		}
		PackagePart part = parts.get(0);
		return SharedTexts.read(new BoundedPartStream(part.getInputStream(), Limits.MAX_ENTRY_BYTES));
	}

	@Override
	public SourceRow next() throws IOException {
		try {
			Map<Integer, Cell> row;
			while ((row = nextRow()) != null) {
				if (this.header == null) {
					findHeader(row);
					continue;
				}
				SourceRow found = toSourceRow(row);
				if (found != null) {
					return found;
				}
			}
			if (this.header == null) {
				throw new FileFormatException("data.file.no-template-header");
			}
			return null;
		}
		catch (FileFormatException ex) {
			throw ex;
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw XlsxArchive.translate(ex);
		}
	}

	private void findHeader(Map<Integer, Cell> row) {
		Map<Integer, String> names = new HashMap<>();
		row.forEach((column, cell) -> {
			if (cell.text != null) {
				names.put(column, cell.text.strip().toUpperCase(Locale.ROOT));
			}
		});
		if (names.containsValue("INDICATOR") && names.containsValue("OBS_VALUE")) {
			this.header = names;
			names.forEach((column, name) -> {
				switch (name) {
					case "INDICATOR" -> this.indicator = LongCsvReader.first(this.indicator, column);
					case "PERIOD", "TIME_PERIOD" -> this.period = LongCsvReader.first(this.period, column);
					case "OBS_VALUE" -> this.value = LongCsvReader.first(this.value, column);
					case "NOTE", "COMMENT" -> this.note = LongCsvReader.first(this.note, column);
					case "UNIT_MULT" -> this.unitMultiplier = LongCsvReader.first(this.unitMultiplier, column);
					default -> {
						if (ColumnMapping.DIMENSIONS.contains(name) && !this.dimensions.containsValue(name)) {
							this.dimensions.put(column, name);
						}
					}
				}
			});
		}
		else if (this.rowNumber >= HEADER_SEARCH_ROWS) {
			throw new FileFormatException("data.file.no-template-header");
		}
	}

	private SourceRow toSourceRow(Map<Integer, Cell> row) {
		Cell valueCell = row.get(this.value);
		String note = (row.get(this.note) != null) ? Cells.trimToNull(row.get(this.note).text) : null;
		String indicator = text(row.get(this.indicator));
		String period = text(row.get(this.period));
		if (valueCell != null && valueCell.formula) {
			return new SourceRow(this.rowNumber, indicator, period, dimensions(row), null, note, "data.cell.formula",
					valueCell.reference, null);
		}
		String value = (valueCell != null) ? Cells.trimToNull(valueCell.text) : null;
		if (value == null && note == null) {
			return null;
		}
		if (valueCell != null && valueCell.text != null && !valueCell.number) {
			value = valueCell.text;
		}
		SourceRow found = SourceRow.of(this.rowNumber, indicator, period, dimensions(row), value, note);
		return (value != null) ? CsvRowReader.withUnitMultiplier(found, text(row.get(this.unitMultiplier))) : found;
	}

	private Map<String, String> dimensions(Map<Integer, Cell> row) {
		Map<String, String> found = new HashMap<>();
		this.dimensions.forEach((column, dimension) -> {
			String code = text(row.get(column));
			if (code != null) {
				found.put(dimension, code);
			}
		});
		return found;
	}

	private static String text(Cell cell) {
		return (cell != null) ? Cells.trimToNull(cell.text) : null;
	}

	/**
	 * The cells of the next row by column index, or null at the end of the sheet data.
	 */
	private Map<Integer, Cell> nextRow() throws XMLStreamException {
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && this.xml.getLocalName().equals("row")) {
				String r = this.xml.getAttributeValue(null, "r");
				this.rowNumber = (r != null) ? Long.parseLong(r) : this.rowNumber + 1;
				if (++this.rowsRead > Limits.MAX_ROWS || this.rowNumber > Limits.MAX_ROWS || this.rowNumber < 1) {
					throw new FileFormatException("data.file.too-many-rows", Limits.MAX_ROWS);
				}
				return readRow();
			}
			if (event == XMLStreamConstants.END_ELEMENT && this.xml.getLocalName().equals("sheetData")) {
				return null;
			}
		}
		return null;
	}

	private Map<Integer, Cell> readRow() throws XMLStreamException {
		Map<Integer, Cell> cells = new HashMap<>();
		int column = -1;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && this.xml.getLocalName().equals("c")) {
				String reference = this.xml.getAttributeValue(null, "r");
				column = (reference != null) ? new CellReference(reference).getCol() : column + 1;
				if (column >= Limits.MAX_COLUMNS) {
					throw new FileFormatException("data.file.too-many-columns", Limits.MAX_COLUMNS);
				}
				if (reference == null) {
					reference = new CellReference((int) this.rowNumber - 1, column).formatAsString(false);
				}
				cells.put(column, readCell(reference, this.xml.getAttributeValue(null, "t")));
			}
			else if (event == XMLStreamConstants.END_ELEMENT && this.xml.getLocalName().equals("row")) {
				break;
			}
		}
		return cells;
	}

	private Cell readCell(String reference, String type) throws XMLStreamException {
		boolean formula = false;
		StringBuilder value = null;
		StringBuilder inline = null;
		int phonetic = 0;
		String element = null;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				element = this.xml.getLocalName();
				switch (element) {
					case "f" -> formula = true;
					case "v" -> value = new StringBuilder();
					case "rPh" -> phonetic++;
					case "t" -> {
						if (phonetic == 0 && inline == null) {
							inline = new StringBuilder();
						}
					}
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				if ("v".equals(element) && value != null) {
					append(value, reference);
				}
				else if ("t".equals(element) && phonetic == 0 && inline != null) {
					append(inline, reference);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = this.xml.getLocalName();
				if (name.equals("c")) {
					break;
				}
				if (name.equals("rPh")) {
					phonetic--;
				}
				element = null;
			}
		}
		return cell(reference, type, formula, (value != null) ? value.toString() : null,
				(inline != null) ? inline.toString() : null);
	}

	/** Adds the current text to a cell's, refusing a cell longer than Excel allows. */
	private void append(StringBuilder text, String reference) {
		if (text.length() + this.xml.getTextLength() > Limits.MAX_CELL_CHARS) {
			throw new FileFormatException("data.file.cell-too-long", reference, Limits.MAX_CELL_CHARS);
		}
		text.append(this.xml.getTextCharacters(), this.xml.getTextStart(), this.xml.getTextLength());
	}

	private Cell cell(String reference, String type, boolean formula, String value, String inline) {
		if (type == null || type.equals("n")) {
			return new Cell(reference, formula, number(value), value != null);
		}
		return switch (type) {
			case "s" -> new Cell(reference, formula, sharedString(value, reference), false);
			case "inlineStr" -> new Cell(reference, formula, inline, false);
			case "b" -> new Cell(reference, formula, "1".equals(value) ? "TRUE" : "FALSE", false);
			default -> new Cell(reference, formula, value, false);
		};
	}

	private String sharedString(String index, String reference) {
		if (index == null || index.isBlank()) {
			return null;
		}
		String text;
		try {
			text = this.strings.at(Integer.parseInt(index.strip()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
		if (text != null && text.length() > Limits.MAX_CELL_CHARS) {
			throw new FileFormatException("data.file.cell-too-long", reference, Limits.MAX_CELL_CHARS);
		}
		return text;
	}

	/**
	 * A number as Excel shows it: at most 15 significant digits, plain, without trailing
	 * zeros.
	 */
	static String number(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(raw.strip()).round(EXCEL_DIGITS).stripTrailingZeros();
			if (number.signum() == 0) {
				return "0";
			}
			return number.toPlainString();
		}
		catch (NumberFormatException ex) {
			return raw;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
		finally {
			this.sheet.close();
			this.pkg.revert();
		}
	}

	/**
	 * One cell: its reference, whether it holds a formula, its text, and whether that
	 * text is a number.
	 */
	private record Cell(String reference, boolean formula, String text, boolean number) {

	}

}
