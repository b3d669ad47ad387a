package org.hamkori.reporting;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hamkori.formats.ColumnMapping;
import org.hamkori.formats.CsvOptions;
import org.hamkori.formats.CsvPreview;
import org.hamkori.reporting.ImportReport.Problem;
import org.hamkori.reporting.ImportReport.Severity;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.settings.HamkoriSettings;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * A data file sent in one request (the API), read and imported at once through the same
 * import as the upload pages, with a column mapping given as SDMX concepts: REF_AREA,
 * COUNTERPART_AREA, SEX, TIME_PERIOD, OBS_VALUE, INDICATOR, UNIT_MULT, OBS_STATUS or
 * IGNORE (and the other catalogue dimensions and NOTE). Without a mapping the columns are
 * guessed as the upload page guesses them. A file of many periods becomes one report per
 * period, all saved in one transaction or none.
 * <p>
 * OBS_STATUS is read and not kept (the platform has no observation status). UNIT_MULT is
 * the power of ten a line's value is given in: the import moves it exactly into the
 * indicator's own unit multiplier and refuses, at its line, only a value the move would
 * give more digits than a figure is kept with.
 */
@Service
public class FileImports {

	/** SDMX concepts a mapping may name, and the column role each one is. */
	static final Map<String, String> CONCEPTS;

	static {
		Map<String, String> concepts = new LinkedHashMap<>();
		concepts.put("TIME_PERIOD", ColumnMapping.PERIOD);
		concepts.put("OBS_VALUE", ColumnMapping.VALUE);
		concepts.put("OBS_COMMENT", ColumnMapping.NOTE);
		concepts.put("OBS_STATUS", ColumnMapping.IGNORE);
		ColumnMapping.ROLES.forEach((role) -> concepts.putIfAbsent(role, role));
		CONCEPTS = java.util.Collections.unmodifiableMap(concepts);
	}

	private final DataSets dataSets;

	private final Submissions submissions;

	private final DataImport imports;

	private final Path directory;

	FileImports(DataSets dataSets, Submissions submissions, DataImport imports, HamkoriSettings settings) {
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.imports = imports;
		this.directory = settings.dataDir().resolve("uploads");
	}

	/** What a file import did, with the report of each period it stored. */
	public record Result(ImportReport report, Map<String, UUID> reports) {
	}

	/**
	 * The obligation of a data set a viewer sends files to: the one given, or the only
	 * one the viewer reports.
	 */
	public Obligation obligationOf(UUID dataSetId, UUID obligationId, Viewer viewer) {
		DataSet set = this.dataSets.find(dataSetId).orElseThrow(NotFoundException::new);
		List<Obligation> mine = this.dataSets.obligationsOf(set.id())
			.stream()
			.filter((o) -> this.submissions.canReport(o, viewer))
			.filter((o) -> obligationId == null || o.id().equals(obligationId))
			.toList();
		if (mine.isEmpty()) {
			throw new NotFoundException();
		}
		if (mine.size() > 1) {
			throw new RuleViolation("obligation", "data.api.obligation-required");
		}
		return mine.get(0);
	}

	/**
	 * Reads a file and imports it into an obligation's periods (a dry run only checks).
	 * @param concepts column header to SDMX concept, or null to guess
	 * @param ownCountryOnly whether rows of other reporting countries are skipped and
	 * counted rather than refused
	 */
	public Result run(Obligation obligation, InputStream content, Map<String, String> concepts, boolean dryRun,
			String revisionReason, boolean ownCountryOnly, Viewer viewer) throws IOException {
		if (!this.submissions.canReport(obligation, viewer)) {
			throw new NotFoundException();
		}
		Files.createDirectories(this.directory);
		Path file = Files.createTempFile(this.directory, "api-", ".part");
		try {
			if (Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING) == 0) {
				throw new org.hamkori.formats.FileFormatException("data.file.empty");
			}
			DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
			DataUploads.Layout layout = DataUploads.Layout.XLSX;
			CsvOptions options = null;
			if (!FileLayouts.isZip(file)) {
				CsvPreview preview;
				try (InputStream in = Files.newInputStream(file)) {
					preview = CsvPreview.read(in);
				}
				ColumnMapping mapping = (concepts != null) ? mapping(concepts, preview.headers())
						: preview.suggestedMapping();
				boolean period = mapping.has(ColumnMapping.PERIOD);
				layout = (concepts == null && preview.looksSdmx()) ? DataUploads.Layout.SDMX
						: (preview.looksWide() && !period) ? DataUploads.Layout.WIDE : DataUploads.Layout.LONG;
				options = CsvOptions.of(preview, mapping);
				if (layout != DataUploads.Layout.SDMX && set.indicators().size() == 1
						&& !mapping.has(ColumnMapping.INDICATOR)) {
					options = options.withFixedIndicator(set.indicators().get(0).indicator());
				}
			}
			ImportReport report;
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
				report = this.imports.run(
						new DataImport.Request(obligation.id(), dryRun, revisionReason, List.of(), ownCountryOnly),
						FileLayouts.reader(layout, options, file, in), viewer);
			}
			Map<String, UUID> reports = new LinkedHashMap<>();
			if (report.stored()) {
				for (String p : report.periods()) {
					this.submissions.current(obligation.id(), org.hamkori.indicators.Period.of(p))
						.ifPresent((s) -> reports.put(p, s.id()));
				}
			}
			return new Result(report, reports);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * The mapping of SDMX concepts as column roles; unknown concepts or headers refused.
	 */
	static ColumnMapping mapping(Map<String, String> concepts, List<String> headers) {
		List<RuleViolation.Problem> problems = new ArrayList<>();
		Map<String, String> roles = new LinkedHashMap<>();
		concepts.forEach((header, concept) -> {
			String role = (concept != null) ? CONCEPTS.get(concept.trim().toUpperCase(Locale.ROOT)) : null;
			if (role == null) {
				problems.add(new RuleViolation.Problem("mapping", "data.api.mapping-concept", header,
						String.valueOf(concept)));
			}
			else if (!headers.contains(header)) {
				problems.add(new RuleViolation.Problem("mapping", "data.api.mapping-header", header));
			}
			else {
				roles.put(header, role);
			}
		});
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		return ColumnMapping.of(roles);
	}

}
