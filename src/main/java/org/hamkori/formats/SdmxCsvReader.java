package org.hamkori.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SDMX-CSV, as statistical offices and ILOSTAT export it. Version 1.0 starts with a
 * DATAFLOW column; version 2.0 with STRUCTURE and STRUCTURE_ID (as AGENCY:ID(VERSION))
 * and an optional ACTION column. Dimension columns are read by their id (the catalogue
 * dimension codes and REF_AREA), the indicator from the INDICATOR column (or MEASURE;
 * without either, the dataflow id), the period from TIME_PERIOD as written and the value
 * from OBS_VALUE as written, with its UNIT_MULT attribute where the file gives one
 * (ILOSTAT writes thousands as UNIT_MULT 3) carried beside it for the import to convert
 * exactly into the indicator's own unit; a NOTE or COMMENT attribute becomes the note and
 * other attributes are ignored. Headers and values written as a code and its label
 * separated by a colon and a space give the code. Hamkori's own SDMX-CSV reads back: its
 * dataflow {@code HAMKORI:DF_X(1.0)} is indicator X, and its FREQ, DATA_SET, UNIT_MEASURE
 * and OBS_STATUS columns are read past (the frequency is the period's, the data set the
 * one imported into, the unit the indicator's). Action D (delete) gives a problem row
 * {@code data.sdmx.delete}: figures are withdrawn by a revision, not by a file. A missing
 * value (empty or NaN) gives nothing.
 */
public final class SdmxCsvReader extends CsvRowReader {

	private static final Set<String> NOTES = Set.of("NOTE", "NOTES", "COMMENT", "OBS_COMMENT", "COMMENT_OBS",
			"OBS_NOTE");

	private static final Set<String> DATA_ACTIONS = Set.of("I", "A", "R", "M");

	private static final Pattern STRUCTURE_ID = Pattern.compile("([^:()]+):([^:()]+)(?:\\(([^()]*)\\))?");

	private final boolean decimalComma;

	private final int structureId;

	private final int action;

	private final int indicator;

	private final int period;

	private final int value;

	private final int note;

	private final int unitMultiplier;

	private final Map<Integer, String> dimensions = new LinkedHashMap<>();

	private String structure;

	/**
	 * Reads a comma-delimited SDMX-CSV file with decimal points, as the standard writes
	 * it.
	 */
	public SdmxCsvReader(InputStream in) throws IOException {
		this(in, ',', false);
	}

	/**
	 * Opens a file and reads its header line.
	 * @param in the file, closed with the reader
	 * @param delimiter comma, or the semicolon or tab that SDMX-CSV 2.0 allows
	 * @param decimalComma whether values use a decimal comma
	 * @throws FileFormatException {@code data.file.empty}; {@code data.sdmx.not-sdmx}
	 * when the first column is neither DATAFLOW nor STRUCTURE; {@code data.sdmx.columns}
	 * without TIME_PERIOD and OBS_VALUE
	 * @throws IOException when the stream fails
	 */
	public SdmxCsvReader(InputStream in, char delimiter, boolean decimalComma) throws IOException {
		super(in, delimiter);
		this.decimalComma = decimalComma;
		List<String> headers = headers();
		int version = version(headers.get(0));
		if (version == 0) {
			close();
			throw new FileFormatException("data.sdmx.not-sdmx");
		}
		int structureId = (version == 1) ? 0 : -1;
		int action = -1;
		int indicator = -1;
		int measure = -1;
		int period = -1;
		int value = -1;
		int note = -1;
		int unitMultiplier = -1;
		for (int i = 1; i < headers.size(); i++) {
			String id = id(headers.get(i));
			if (version == 2 && id.equals("STRUCTURE_ID")) {
				structureId = i;
			}
			else if (version == 2 && id.equals("ACTION")) {
				action = i;
			}
			else if (id.equals("INDICATOR")) {
				indicator = LongCsvReader.first(indicator, i);
			}
			else if (id.equals("MEASURE")) {
				measure = LongCsvReader.first(measure, i);
			}
			else if (id.equals("TIME_PERIOD")) {
				period = LongCsvReader.first(period, i);
			}
			else if (id.equals("OBS_VALUE")) {
				value = LongCsvReader.first(value, i);
			}
			else if (NOTES.contains(id)) {
				note = LongCsvReader.first(note, i);
			}
			else if (id.equals("UNIT_MULT")) {
				unitMultiplier = LongCsvReader.first(unitMultiplier, i);
			}
			else if (ColumnMapping.DIMENSIONS.contains(id) && !this.dimensions.containsValue(id)) {
				this.dimensions.put(i, id);
			}
		}
		this.structureId = structureId;
		this.action = action;
		this.indicator = (indicator >= 0) ? indicator : measure;
		this.period = period;
		this.value = value;
		this.note = note;
		this.unitMultiplier = unitMultiplier;
		if (period < 0 || value < 0) {
			close();
			throw new FileFormatException("data.sdmx.columns");
		}
	}

	/**
	 * The SDMX-CSV version a first header announces: 1 for DATAFLOW, 2 for STRUCTURE, 0
	 * for neither.
	 * @param firstHeader the header of the first column
	 * @return 1, 2 or 0
	 */
	public static int version(String firstHeader) {
		String id = id(firstHeader);
		return switch (id) {
			case "DATAFLOW" -> 1;
			case "STRUCTURE" -> 2;
			default -> 0;
		};
	}

	/**
	 * The STRUCTURE_ID (or DATAFLOW) of the last line read, as AGENCY:ID(VERSION), or
	 * null before the first.
	 */
	public String structure() {
		return this.structure;
	}

	/**
	 * The parts of a structure reference such as {@code ILO:DF_EMP_TEMP_SEX_AGE_NB(1.0)},
	 * or null when the text is not one.
	 * @param reference the reference
	 * @return agency, id and version (null when not given)
	 */
	public static StructureId structureId(String reference) {
		if (reference == null) {
			return null;
		}
		Matcher matcher = STRUCTURE_ID.matcher(reference.strip());
		if (!matcher.matches()) {
			return null;
		}
		return new StructureId(matcher.group(1).strip(), matcher.group(2).strip(), Cells.trimToNull(matcher.group(3)));
	}

	private static String id(String header) {
		String code = Cells.code(header);
		return (code != null) ? code.replace("\uFEFF", "").toUpperCase(Locale.ROOT) : "";
	}

	@Override
	void rows(Line line, Deque<SourceRow> into) {
		String structure = Cells.trimToNull(line.cell(this.structureId));
		if (structure != null) {
			this.structure = structure;
		}
		String indicator = Cells.code(line.cell(this.indicator));
		if (indicator == null && this.indicator < 0) {
			StructureId id = structureId(this.structure);
			indicator = (id != null) ? id.indicator() : null;
		}
		String period = Cells.code(line.cell(this.period));
		String action = Cells.code(line.cell(this.action));
		action = (action != null) ? action.toUpperCase(Locale.ROOT) : "I";
		if (action.equals("D")) {
			into.add(SourceRow.problem(line.number(), "data.sdmx.delete", join(indicator, period)));
			return;
		}
		if (!DATA_ACTIONS.contains(action)) {
			into.add(SourceRow.problem(line.number(), "data.sdmx.action", action));
			return;
		}
		String raw = Cells.trimToNull(line.cell(this.value));
		String value = (raw == null || raw.equalsIgnoreCase("NaN")) ? null : Cells.number(raw, this.decimalComma);
		String note = Cells.trimToNull(line.cell(this.note));
		if (value == null && note == null) {
			return;
		}
		Map<String, String> dimensions = new LinkedHashMap<>();
		this.dimensions.forEach((column, dimension) -> {
			String code = Cells.code(line.cell(column));
			if (code != null) {
				dimensions.put(dimension, code);
			}
		});
		SourceRow row = SourceRow.of(line.number(), indicator, period, dimensions, value, note);
		into.add((value != null) ? withUnitMultiplier(row, line.cell(this.unitMultiplier)) : row);
	}

	private static String join(String indicator, String period) {
		return (((indicator != null) ? indicator : "") + " " + ((period != null) ? period : "")).strip();
	}

	/**
	 * A structure reference: agency, id and version (null when the reference gives none).
	 */
	public record StructureId(String agency, String id, String version) {

		/** Hamkori's own agency, whose dataflow of an indicator X is DF_X. */
		public static final String HAMKORI = "HAMKORI";

		/**
		 * The indicator the flow carries: the flow's id, without the {@code DF_} of
		 * Hamkori's own flows (as Hamkori's SDMX REST writes them).
		 */
		public String indicator() {
			return (HAMKORI.equalsIgnoreCase(this.agency) && this.id.startsWith("DF_") && this.id.length() > 3)
					? this.id.substring(3) : this.id;
		}

	}

}
