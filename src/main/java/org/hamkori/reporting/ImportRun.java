package org.hamkori.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.formats.RowReader;
import org.hamkori.formats.SourceRow;
import org.hamkori.indicators.CodeLists;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.ImportReport.Problem;
import org.hamkori.reporting.ImportReport.Severity;
import org.hamkori.shared.security.Viewer;

import org.springframework.transaction.TransactionStatus;

/**
 * One import as it runs: the state of a single file's rows, each row checked as it
 * streams in (indicator of the data set, period of the obligation, known codes, a number
 * in range) and written under an id per period, then settled against the periods' drafts
 * through {@link DraftMerge}. A run lives for one transaction and is never shared.
 */
final class ImportRun {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportRun.class);

	private static final int PROGRESS_EVERY = 10_000;

	/**
	 * A file may give a cell again (the same value is fine); beyond this many it is
	 * refused.
	 */
	static final int MAX_REPEATS = 10_000;

	/** What a run works with, supplied by {@link DataImport}. */
	record Tools(CodeLists codeLists, ValueWriters writers, Drafts drafts, DataChecks checks, DraftMerge merge,
			Directory directory, IndicatorCatalogue catalogue, Clock clock) {
	}

	/** A row that gives a cell the file gave before. */
	private record Repeat(long line, UUID rows, String indicator, String period, String[] key, BigDecimal value,
			String note) {
	}

	private final Tools tools;

	private final DataImport.Request request;

	private final Obligation obligation;

	private final DataSet set;

	private final Viewer viewer;

	private final LongConsumer progress;

	private final RowChecks checks;

	private final List<Problem> problems = new ArrayList<>();

	private long errors;

	private long warnings;

	/** The drafts the import writes into, by period, once taken. */
	private final TreeMap<Period, UUID> periods = new TreeMap<>();

	/**
	 * The id each period's rows are written under while streaming, and how many there
	 * are.
	 */
	private final TreeMap<Period, UUID> rows = new TreeMap<>();

	private final Map<UUID, long[]> rowCounts = new HashMap<>();

	/**
	 * Rows whose cell the file gave before; checked against the first once the file is
	 * read.
	 */
	private final List<Repeat> repeats = new ArrayList<>();

	private UUID lastRows;

	private long[] lastCount;

	private final KeySet keys = new KeySet();

	private Period lastPeriod;

	private String lastCode;

	ImportRun(Tools tools, DataImport.Request request, Obligation obligation, DataSet set, Viewer viewer,
			LongConsumer progress) {
		this.tools = tools;
		this.request = request;
		this.obligation = obligation;
		this.set = set;
		this.viewer = viewer;
		this.progress = progress;
		Mechanism mechanism = tools.directory().mechanism(set.mechanismId()).orElseThrow();
		Map<String, org.hamkori.directory.Country> countries = tools.directory().countries();
		String refArea = (mechanism.countryCode() != null) ? countries.get(mechanism.countryCode()).alpha3() : null;
		// the regional mechanism is named with the countries it covers, never left blank
		String covered = tools.directory()
			.mechanisms()
			.stream()
			.filter((m) -> m.countryCode() != null && countries.containsKey(m.countryCode()))
			.map((m) -> countries.get(m.countryCode()).alpha3())
			.distinct()
			.collect(java.util.stream.Collectors.joining(" "));
		Map<String, Integer> unitMultipliers = new HashMap<>();
		tools.catalogue().indicators().forEach((i) -> unitMultipliers.put(i.code(), i.unitMultiplier()));
		this.checks = new RowChecks(set, obligation, refArea, new RowChecks.Region(mechanism.code(), covered),
				LocalDate.now(tools.clock()), unitMultipliers, request.ownCountryOnly(), this::problem);
	}

	void problem(long line, Severity severity, String cell, String key, String... arguments) {
		if (severity == Severity.ERROR) {
			this.errors++;
		}
		else {
			this.warnings++;
		}
		if (this.problems.size() < ImportReport.MAX_LISTED) {
			this.problems.add(new Problem(line, severity, cell, key, List.of(arguments)));
		}
	}

	void problem(Problem p) {
		problem(p.line(), p.severity(), p.cell(), p.key(), p.arguments().toArray(String[]::new));
	}

	ImportReport execute(RowReader reader, TransactionStatus status) {
		UUID importId = UUID.randomUUID();
		long started = System.nanoTime();
		CodeLists.Snapshot codes = this.tools.codeLists().snapshot();
		ValueWriters.Writer writer = this.tools.writers().open();
		long read = 0;
		long skipped = 0;
		try {
			SourceRow row;
			while ((row = reader.next()) != null) {
				read++;
				if (read % PROGRESS_EVERY == 0) {
					this.progress.accept(read);
				}
				if (row.problem() != null) {
					problem(row.line(), Severity.ERROR, null, row.problem(), nullToEmpty(row.problemDetail()));
					continue;
				}
				if (row.value() == null || row.value().isBlank()) {
					skipped++;
					continue;
				}
				take(row, codes, writer);
			}
		}
		catch (IOException ex) {
			writer.abort();
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			writer.abort();
			throw ex;
		}
		writer.finish();
		this.progress.accept(read);
		skipped += skippedRows(this.checks.aggregates(), "data.row.aggregates-skipped");
		skipped += skippedRows(this.checks.otherCountries(), "data.row.other-countries-skipped");
		if (this.checks.foreignCountries().count() > 0) {
			RowChecks.Skipped foreign = this.checks.foreignCountries();
			problem(0, Severity.WARNING, null, "data.row.other-countries-found", String.valueOf(foreign.count()),
					foreign.names());
		}
		log.debug("Import {}: {} rows read, checked and written in {} ms", importId, read,
				(System.nanoTime() - started) / 1_000_000);
		for (SourceRow c : this.request.clear()) {
			Period.parse(c.period()).ifPresent((p) -> this.rows.computeIfAbsent(p, (x) -> UUID.randomUUID()));
		}
		long[] counts = { 0, 0, 0 };
		if (this.errors == 0 && !this.rows.isEmpty()) {
			counts = settle(importId);
		}
		if (read == 0) {
			problem(0, Severity.ERROR, null, "data.import.empty");
		}
		boolean stored = this.errors == 0 && !this.request.dryRun();
		if (!stored) {
			status.setRollbackOnly();
		}
		return new ImportReport(read, counts[0], counts[1], counts[2], skipped,
				this.rows.keySet().stream().map(Period::code).toList(), List.copyOf(this.problems), this.errors,
				this.warnings, this.request.dryRun(), stored);
	}

	/** Rows skipped as a kind, with one warning naming how many and the first. */
	private long skippedRows(RowChecks.Skipped rows, String key) {
		if (rows.count() > 0) {
			problem(0, Severity.WARNING, null, key, String.valueOf(rows.count()), rows.names());
		}
		return rows.count();
	}

	private void take(SourceRow row, CodeLists.Snapshot codes, ValueWriters.Writer writer) {
		RowChecks.Checked cell = this.checks.check(row, codes);
		if (cell == null) {
			return;
		}
		long line = row.line();
		String indicator = cell.indicator();
		Period period = cell.period();
		String[] key = cell.key();
		BigDecimal value = cell.value();
		String note = cell.note();
		if (period != this.lastPeriod) {
			this.lastPeriod = period;
			this.lastCode = period.code();
			this.lastRows = this.rows.computeIfAbsent(period, (p) -> UUID.randomUUID());
			this.lastCount = this.rowCounts.computeIfAbsent(this.lastRows, (id) -> new long[1]);
		}
		if (!this.keys.add(KeySet.hash(indicator, this.lastCode, key))) {
			if (this.repeats.size() >= MAX_REPEATS) {
				problem(line, Severity.ERROR, indicator, "data.row.too-many-repeats", String.valueOf(MAX_REPEATS));
				return;
			}
			this.repeats.add(new Repeat(line, this.lastRows, indicator, this.lastCode, key, value, note));
			return;
		}
		if (this.errors == 0) {
			writer.add(this.lastRows, indicator, key, value, note);
			this.lastCount[0]++;
		}
	}

	/**
	 * Once the file is read: repeats checked against the cell's first value, the drafts
	 * taken (a new period's draft takes the id its rows were written under; rows for an
	 * existing draft are merged into it), cleared cells removed; returns new, changed and
	 * unchanged counts.
	 */
	private long[] settle(UUID importId) {
		DraftMerge merge = this.tools.merge();
		Stopwatch clock = new Stopwatch(importId);
		for (Repeat r : this.repeats) {
			BigDecimal first = merge.firstValue(r.rows(), r.indicator(), r.key());
			if (first == null) {
				// two different cells with the same hash: this one is new after all
				merge.insert(r.rows(), r.indicator(), r.key(), r.value(), r.note());
				this.rowCounts.get(r.rows())[0]++;
			}
			else if (first.compareTo(r.value()) != 0) {
				problem(r.line(), Severity.ERROR, DataChecks.cell(r.indicator(), Period.of(r.period()), codes(r.key())),
						"data.row.duplicate-conflict", DataChecks.plain(first));
			}
		}
		if (this.errors > 0) {
			return new long[] { 0, 0, 0 };
		}
		clock.lap("repeats");
		List<Object[]> drafts = new ArrayList<>();
		this.tools.drafts()
			.editable(this.obligation, this.rows.keySet(), this.request.revisionReason(), this.viewer,
					(period, ex) -> problem(0, Severity.ERROR, period.code(), ex.messageKey(),
							java.util.Arrays.stream(ex.arguments()).map(String::valueOf).toArray(String[]::new)),
					this.rows)
			.forEach((period, draft) -> {
				this.periods.put(period, draft);
				drafts.add(new Object[] { importId, period.code(), period.previousCode(), draft });
			});
		clock.lap("drafts");
		if (this.errors > 0) {
			return new long[] { 0, 0, 0 };
		}
		merge.recordPeriods(drafts);
		long fresh = 0;
		long changed = 0;
		long unchanged = 0;
		for (Map.Entry<Period, UUID> e : this.rows.entrySet()) {
			UUID written = e.getValue();
			UUID draft = this.periods.get(e.getKey());
			long count = this.rowCounts.getOrDefault(written, new long[1])[0];
			if (draft.equals(written)) {
				fresh += count;
				continue;
			}
			if (count == 0) {
				continue;
			}
			long[] c = merge.compare(draft, written);
			fresh += c[1];
			changed += c[2];
			unchanged += c[0] - c[1] - c[2];
			if (c[1] + c[2] > 0) {
				merge.merge(draft, written);
			}
			merge.discard(written);
		}
		clock.lap("merge");
		long cleared = 0;
		for (SourceRow c : this.request.clear()) {
			UUID submission = this.periods.get(Period.of(c.period()));
			cleared += merge.clear(submission, c.indicator(), Dimensions.key(c.dimensions()));
		}
		if (fresh + changed + cleared > 0) {
			merge.touchDrafts(importId);
		}
		Map<UUID, Period> drafted = new HashMap<>();
		this.periods.forEach((period, draft) -> drafted.put(draft, period));
		for (Problem p : this.tools.checks()
			.check(this.set, this.obligation, DataChecks.Scope.ofImport(importId, drafted), false)) {
			problem(p);
		}
		clock.lap("set checks");
		merge.forgetPeriods(importId);
		return new long[] { fresh, changed + cleared, unchanged };
	}

	/** Logs how long each step of an import's set work takes (debug level). */
	private static final class Stopwatch {

		private final UUID importId;

		private long last = System.nanoTime();

		Stopwatch(UUID importId) {
			this.importId = importId;
		}

		void lap(String step) {
			long now = System.nanoTime();
			log.debug("Import {}: {} in {} ms", this.importId, step, (now - this.last) / 1_000_000);
			this.last = now;
		}

	}

	/** A key's non-total codes, as {@code SEX=F COUNTERPART_AREA=RUS}. */
	private static String codes(String[] key) {
		StringBuilder codes = new StringBuilder();
		for (int i = 0; i < key.length; i++) {
			if (!Dimensions.TOTAL.equals(key[i])) {
				codes.append(codes.isEmpty() ? "" : " ").append(Dimensions.CODES.get(i)).append('=').append(key[i]);
			}
		}
		return codes.isEmpty() ? null : codes.toString();
	}

	private static String nullToEmpty(String s) {
		return (s != null) ? s : "";
	}

}
