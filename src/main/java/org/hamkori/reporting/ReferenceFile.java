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
 * {@code Country Code, Year, Value} is read too). One figure a line, several countries
 * allowed; values are kept exactly as written.
 */
final class ReferenceFile {

	private static final Map<String, String> ALIASES = Map.of("COUNTRY CODE", "REF_AREA", "COUNTRY_CODE", "REF_AREA",
			"YEAR", "TIME_PERIOD", "VALUE", "OBS_VALUE");

	private ReferenceFile() {
	}

	static List<ReferenceFigure> read(InputStream in, DataSet set, int maxFigures) throws IOException {
		Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		List<ReferenceFigure> figures = new ArrayList<>();
		List<RuleViolation.Problem> problems = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> columns = new java.util.HashMap<>();
			parser.getHeaderMap().forEach((name, index) -> {
				String key = name.replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
				columns.put(ALIASES.getOrDefault(key, key), index);
			});
			for (String required : List.of("REF_AREA", "TIME_PERIOD", "OBS_VALUE")) {
				if (!columns.containsKey(required)) {
					throw RuleViolation.of("data.reference.column-missing", required);
				}
			}
			for (CSVRecord record : parser) {
				if (figures.size() >= maxFigures) {
					throw RuleViolation.of("data.reference.too-many", maxFigures);
				}
				int line = (int) record.getRecordNumber() + 1;
				String value = cell(record, columns, "OBS_VALUE");
				if (value == null) {
					continue; // a year the source has no figure for
				}
				BigDecimal number;
				try {
					number = new BigDecimal(value);
				}
				catch (NumberFormatException ex) {
					problems.add(new RuleViolation.Problem(null, "data.reference.value-inexact", line));
					continue;
				}
				figures.add(new ReferenceFigure(line, cell(record, columns, "REF_AREA"),
						cell(record, columns, "INDICATOR"), cell(record, columns, "TIME_PERIOD"),
						cell(record, columns, "SEX"), cell(record, columns, "COUNTERPART_AREA"), number));
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			throw RuleViolation.of("data.reference.file-unreadable");
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		return figures;
	}

	private static String cell(CSVRecord record, Map<String, Integer> columns, String concept) {
		Integer index = columns.get(concept);
		if (index == null || index >= record.size()) {
			return null;
		}
		String text = record.get(index).strip();
		return (text.isEmpty() || "..".equals(text)) ? null : text;
	}

}
