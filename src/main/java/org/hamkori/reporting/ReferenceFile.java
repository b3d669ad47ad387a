package org.hamkori.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hamkori.shared.rules.RuleViolation;

/**
 * Reads a reference series file: CSV with a header line naming the SDMX concepts
 * {@code REF_AREA}, {@code TIME_PERIOD}, {@code OBS_VALUE} and optionally
 * {@code INDICATOR}, {@code SEX}, {@code COUNTERPART_AREA} (the World Bank's long form
 * {@code Country Code, Year, Value} is read too), or the World Bank's wide bulk file as
 * published: its metadata lines, then {@code Country Name, Country Code, Indicator Name,
 * Indicator Code} and a column a year. Several countries allowed; values are kept exactly
 * as written.
 */
final class ReferenceFile {

	private static final Map<String, String> ALIASES = Map.of("COUNTRY CODE", "REF_AREA", "COUNTRY_CODE", "REF_AREA",
			"YEAR", "TIME_PERIOD", "VALUE", "OBS_VALUE", "INDICATOR CODE", "INDICATOR");

	/**
	 * How many lines may come before the header: the World Bank's bulk file opens with
	 * four ("Data Source", a blank, "Last Updated Date", a blank).
	 */
	private static final int MAX_LINES_BEFORE_HEADER = 10;

	/**
	 * A year column of the wide form: "2023", or "2023 [YR2023]" as DataBank writes it.
	 */
	private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern
		.compile("(\\d{4})(?:\\s*\\[YR\\d{4}])?");

	private ReferenceFile() {
	}

	/**
	 * What a file holds: its figures, and the codes of the World Bank's regions and
	 * groups (WLD, AFE, HIC…) its wide bulk file lists beside the countries, left out.
	 */
	record Read(List<ReferenceFigure> figures, java.util.SortedSet<String> groups) {
	}

	static Read read(InputStream in, DataSet set, int maxFigures) throws IOException {
		Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
		List<ReferenceFigure> figures = new ArrayList<>();
		List<RuleViolation.Problem> problems = new ArrayList<>();
		java.util.SortedSet<String> groups = new java.util.TreeSet<>();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> columns = new java.util.HashMap<>();
			// the year of each year column, by its index, when the file is in the wide
			// form
			Map<Integer, String> years = new java.util.TreeMap<>();
			java.util.Iterator<CSVRecord> records = parser.iterator();
			int before = 0;
			while (!columns.containsKey("REF_AREA")) {
				if (!records.hasNext() || before++ > MAX_LINES_BEFORE_HEADER) {
					throw RuleViolation.of("data.reference.column-missing", "REF_AREA");
				}
				columns.clear();
				years.clear();
				CSVRecord header = records.next();
				for (int index = 0; index < header.size(); index++) {
					String key = header.get(index).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
					java.util.regex.Matcher year = YEAR.matcher(key);
					if (year.matches()) {
						years.put(index, year.group(1));
					}
					else if (!key.isEmpty()) {
						columns.putIfAbsent(ALIASES.getOrDefault(key, key), index);
					}
				}
			}
			boolean wide = !columns.containsKey("TIME_PERIOD") && !years.isEmpty();
			for (String required : wide ? List.of("REF_AREA") : List.of("REF_AREA", "TIME_PERIOD", "OBS_VALUE")) {
				if (!columns.containsKey(required)) {
					throw RuleViolation.of("data.reference.column-missing", required);
				}
			}
			while (records.hasNext()) {
				CSVRecord record = records.next();
				int line = (int) record.getRecordNumber();
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (!wide) {
					add(figures, problems, maxFigures, record, columns, line, cell(record, columns, "TIME_PERIOD"),
							cell(record, columns.get("OBS_VALUE")));
					continue;
				}
				String area = cell(record, columns, "REF_AREA");
				if (area != null && ReferenceSets.alpha3(area) == null && area.matches("[A-Z0-9]{3}")) {
					// the bulk file lists regions and income groups beside the countries
					groups.add(area);
					continue;
				}
				for (Map.Entry<Integer, String> year : years.entrySet()) {
					add(figures, problems, maxFigures, record, columns, line, year.getValue(),
							cell(record, year.getKey()));
				}
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			throw RuleViolation.of("data.reference.file-unreadable");
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		return new Read(figures, groups);
	}

	/**
	 * One figure of a line; a blank or ".." value is a year the source has no figure for.
	 */
	private static void add(List<ReferenceFigure> figures, List<RuleViolation.Problem> problems, int maxFigures,
			CSVRecord record, Map<String, Integer> columns, int line, String period, String value) {
		if (value == null) {
			return;
		}
		if (figures.size() >= maxFigures) {
			throw RuleViolation.of("data.reference.too-many", maxFigures);
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			problems.add(new RuleViolation.Problem(null, "data.reference.value-inexact", line));
			return;
		}
		figures.add(new ReferenceFigure(line, cell(record, columns, "REF_AREA"), cell(record, columns, "INDICATOR"),
				period, cell(record, columns, "SEX"), cell(record, columns, "COUNTERPART_AREA"), number));
	}

	private static String cell(CSVRecord record, Map<String, Integer> columns, String concept) {
		return cell(record, columns.get(concept));
	}

	private static String cell(CSVRecord record, Integer index) {
		if (index == null || index >= record.size()) {
			return null;
		}
		String text = record.get(index).strip();
		return (text.isEmpty() || "..".equals(text)) ? null : text;
	}

}
