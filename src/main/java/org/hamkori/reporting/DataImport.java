package org.hamkori.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.CodeLists;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.ImportReport.Problem;
import org.hamkori.reporting.ImportReport.Severity;
import org.hamkori.reporting.formats.RowReader;
import org.hamkori.reporting.formats.SourceRow;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import every channel goes through: the entry grid, the XLSX template, CSV in
 * its layouts, SDMX-CSV and the JSON API. Rows stream from a {@link RowReader}, are
 * checked one by one (indicator of the data set, period of the obligation, known codes, a
 * number, not negative, in range) and written straight into the values under an id per
 * period; then, in SQL, repeats of a cell with another value are refused, the periods'
 * drafts are taken (a new period's draft takes its rows' id; rows for an existing draft
 * are merged into it) and totals, changes needing a note and required totals are checked,
 * all in one transaction. Any error rolls all of it back, so an import stores everything
 * or nothing; a dry run always rolls back and reports what saving would do. Resending the
 * same figures changes nothing.
 */
@Service
public class DataImport {

	private static final int PROGRESS_EVERY = 10_000;

	/**
	 * A file may give a cell again (the same value is fine); beyond this many it is
	 * refused.
	 */
	static final int MAX_REPEATS = 10_000;

	/** A row that gives a cell the file gave before. */
	private record Repeat(long line, UUID rows, String indicator, String period, String[] key, BigDecimal value,
			String note) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DataImport.class);

	private final JdbcClient jdbc;

	private final DataSets dataSets;

	private final Submissions submissions;

	private final DataChecks checks;

	private final CodeLists codeLists;

	private final ValueWriters writers;

	private final Directory directory;

	private final TransactionTemplate transactions;

	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	private final Clock clock;

	DataImport(JdbcClient jdbc, DataSets dataSets, Submissions submissions, DataChecks checks, CodeLists codeLists,
			ValueWriters writers, Directory directory, PlatformTransactionManager transactionManager, Clock clock,
			org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.checks = checks;
		this.codeLists = codeLists;
		this.writers = writers;
		this.directory = directory;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * What to import into, and how. {@code clear} names cells to empty (the entry grid's
	 * cleared cells: canonical indicator, period and codes, values ignored); files never
	 * clear anything.
	 */
	public record Request(UUID obligationId, boolean dryRun, String revisionReason, List<SourceRow> clear) {

		public Request {
			clear = (clear != null) ? List.copyOf(clear) : List.of();
		}

		public Request(UUID obligationId, boolean dryRun, String revisionReason) {
			this(obligationId, dryRun, revisionReason, List.of());
		}

	}

	public ImportReport run(Request request, RowReader reader, Viewer viewer) {
		return run(request, reader, viewer, (n) -> {
		});
	}

	/**
	 * Imports a stream of values into an obligation's periods, reporting the rows read so
	 * far to {@code progress} every few thousand rows.
	 */
	public ImportReport run(Request request, RowReader reader, Viewer viewer, LongConsumer progress) {
		Obligation obligation = this.dataSets.obligation(request.obligationId()).orElseThrow(NotFoundException::new);
		if (!this.submissions.canReport(obligation, viewer)) {
			throw new NotFoundException();
		}
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		Run run = new Run(request, obligation, set, viewer, progress);
		try {
			ImportReport report = this.transactions.execute((status) -> run.execute(reader, status));
			return report;
		}
		catch (DuplicateKeyException ex) {
			throw new org.hamkori.shared.web.ConflictException();
		}
		finally {
			try {
				reader.close();
			}
			catch (IOException ex) {
				// nothing more to read
			}
		}
	}

	private final class Run {

		private final Request request;

		private final Obligation obligation;

		private final DataSet set;

		private final Viewer viewer;

		private final LongConsumer progress;

		private final List<Problem> problems = new ArrayList<>();

		private long errors;

		private long warnings;

		private final Map<String, Period> periodCache = new HashMap<>();

		/** The drafts the import writes into, by period, once taken. */
		private final TreeMap<Period, UUID> periods = new TreeMap<>();

		/**
		 * The id each period's rows are written under while streaming, and how many there
		 * are.
		 */
		private final TreeMap<Period, UUID> rows = new TreeMap<>();

		private final Map<UUID, long[]> rowCounts = new HashMap<>();

		/**
		 * Rows whose cell the file gave before; checked against the first once the file
		 * is read.
		 */
		private final List<Repeat> repeats = new ArrayList<>();

		private UUID lastRows;

		private long[] lastCount;

		private final KeySet keys = new KeySet();

		private Period lastPeriod;

		private String lastCode;

		/** Column index by dimension as the file names it, checked once per name. */
		private final Map<String, Integer> dimensionIndex = new HashMap<>();

		/**
		 * Codes already resolved in this import, by dimension and cell text (files repeat
		 * them endlessly).
		 */
		private final Map<String, String> resolved = new HashMap<>();

		private final Map<String, DataSet.Item> items = new HashMap<>();

		private final String refArea;

		private final LocalDate today;

		Run(Request request, Obligation obligation, DataSet set, Viewer viewer, LongConsumer progress) {
			this.request = request;
			this.obligation = obligation;
			this.set = set;
			this.viewer = viewer;
			this.progress = progress;
			set.indicators().forEach((i) -> this.items.put(i.indicator(), i));
			Mechanism mechanism = DataImport.this.directory.mechanism(set.mechanismId()).orElseThrow();
			this.refArea = (mechanism.countryCode() != null)
					? DataImport.this.directory.countries().get(mechanism.countryCode()).alpha3() : null;
			this.today = LocalDate.now(DataImport.this.clock);
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
			CodeLists.Snapshot codes = DataImport.this.codeLists.snapshot();
			ValueWriters.Writer writer = DataImport.this.writers.open();
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

		private void take(SourceRow row, CodeLists.Snapshot codes, ValueWriters.Writer writer) {
			long line = row.line();
			String indicator = (row.indicator() != null) ? row.indicator().trim().toUpperCase(Locale.ROOT) : "";
			DataSet.Item item = this.items.get(indicator);
			if (item == null) {
				problem(line, Severity.ERROR, null, "data.row.indicator-unknown", nullToEmpty(row.indicator()));
				return;
			}
			String writtenPeriod = nullToEmpty(row.period()).trim();
			Period period = this.periodCache.computeIfAbsent(writtenPeriod, (p) -> Period.parse(p).orElse(null));
			if (period == null) {
				problem(line, Severity.ERROR, indicator, "data.row.period-invalid", writtenPeriod);
				return;
			}
			if (period.periodicity() != this.set.periodicity()) {
				problem(line, Severity.ERROR, indicator, "data.row.period-periodicity", writtenPeriod);
				return;
			}
			if (!this.obligation.covers(period, this.today)) {
				problem(line, Severity.ERROR, indicator, "data.row.period-outside", period.code(),
						this.obligation.firstPeriod().code());
				return;
			}
			String[] key = new String[Dimensions.CODES.size()];
			java.util.Arrays.fill(key, Dimensions.TOTAL);
			for (Map.Entry<String, String> d : row.dimensions().entrySet()) {
				int index = this.dimensionIndex.computeIfAbsent(d.getKey(), (name) -> {
					String dimension = name.trim().toUpperCase(Locale.ROOT);
					if (dimension.equals("REF_AREA")) {
						return -1;
					}
					return codes.knowsDimension(dimension) ? Dimensions.CODES.indexOf(dimension) : -2;
				});
				if (index == -1) {
					String area = d.getValue().trim().toUpperCase(Locale.ROOT);
					if (!area.isEmpty() && !area.equals(this.refArea)) {
						problem(line, Severity.ERROR, indicator, "data.row.ref-area", d.getValue(),
								nullToEmpty(this.refArea));
						return;
					}
					continue;
				}
				if (index < 0) {
					problem(line, Severity.ERROR, indicator, "data.row.dimension-unknown", d.getKey());
					return;
				}
				String dimension = Dimensions.CODES.get(index);
				String code = resolve(codes, dimension, d.getValue());
				if (code == null) {
					problem(line, Severity.ERROR, indicator, "data.row.code-unknown", d.getValue(), dimension);
					return;
				}
				if (!code.equals(Dimensions.TOTAL) && !item.dimensions().contains(dimension)) {
					problem(line, Severity.ERROR, indicator, "data.row.dimension-not-collected", dimension, indicator);
					return;
				}
				key[index] = code;
			}
			BigDecimal value = number(row.value());
			if (value == null) {
				problem(line, Severity.ERROR, indicator, "data.row.value-not-number", row.value());
				return;
			}
			BigDecimal min = (item.min() != null) ? item.min() : BigDecimal.ZERO;
			if (value.compareTo(min) < 0) {
				if (min.signum() == 0) {
					problem(line, Severity.ERROR, indicator, "data.row.value-negative", row.value());
				}
				else {
					problem(line, Severity.ERROR, indicator, "data.row.value-below", row.value(), min.toPlainString());
				}
				return;
			}
			if (item.max() != null && value.compareTo(item.max()) > 0) {
				problem(line, Severity.ERROR, indicator, "data.row.value-above", row.value(),
						item.max().stripTrailingZeros().toPlainString());
				return;
			}
			String note = (row.note() != null && !row.note().isBlank()) ? row.note().trim() : null;
			if (note != null && note.length() > 2000) {
				problem(line, Severity.ERROR, indicator, "data.row.note-too-long");
				return;
			}
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

		private String resolve(CodeLists.Snapshot codes, String dimension, String written) {
			String key = dimension + '\u0001' + written;
			String code = this.resolved.get(key);
			if (code == null) {
				code = codes.resolve(dimension, written);
				if (code != null && this.resolved.size() < 10_000) {
					this.resolved.put(key, code);
				}
			}
			return code;
		}

		/**
		 * Once the file is read: repeats checked against the cell's first value, the
		 * drafts taken (a new period's draft takes the id its rows were written under;
		 * rows for an existing draft are merged into it), cleared cells removed; returns
		 * new, changed and unchanged counts.
		 */
		private long[] settle(UUID importId) {
			JdbcClient jdbc = DataImport.this.jdbc;
			Stopwatch clock = new Stopwatch(importId);
			String keyClause = Dimensions.COLUMNS.stream().map((c) -> " and " + c + " = ?").reduce("", String::concat);
			for (Repeat r : this.repeats) {
				Object[] params = new Object[2 + r.key().length];
				params[0] = r.rows();
				params[1] = r.indicator();
				System.arraycopy(r.key(), 0, params, 2, r.key().length);
				BigDecimal first = jdbc
					.sql("select obs_value from data_value where submission_id = ? and indicator = ?" + keyClause)
					.params(params)
					.query(BigDecimal.class)
					.optional()
					.orElse(null);
				if (first == null) {
					// two different cells with the same hash: this one is new after all
					DataImport.this.jdbcTemplate.update(ValueWriters.INSERT, concat(params, r.value(), r.note()));
					this.rowCounts.get(r.rows())[0]++;
				}
				else if (first.compareTo(r.value()) != 0) {
					problem(r.line(), Severity.ERROR,
							DataChecks.cell(r.indicator(), Period.of(r.period()), codes(r.key())),
							"data.row.duplicate-conflict", DataChecks.plain(first));
				}
			}
			if (this.errors > 0) {
				return new long[] { 0, 0, 0 };
			}
			clock.lap("repeats");
			List<Object[]> drafts = new ArrayList<>();
			DataImport.this.submissions
				.editable(this.obligation, this.rows.keySet(), this.request.revisionReason(), this.viewer,
						(period, ex) -> problem(0, Severity.ERROR, period.code(), ex.messageKey(),
								java.util.Arrays.stream(ex.arguments()).map(String::valueOf).toArray(String[]::new)),
						this.rows)
				.forEach((period, draft) -> {
					this.periods.put(period, draft);
					drafts.add(new Object[] { importId, period.code(), period.previous().code(), draft });
				});
			clock.lap("drafts");
			if (this.errors > 0) {
				return new long[] { 0, 0, 0 };
			}
			DataImport.this.jdbcTemplate
				.batchUpdate("insert into import_period (import_id, period, previous_period, submission_id)"
						+ " values (?, ?, ?, ?)", drafts);
			String dims = Dimensions.COLUMN_LIST;
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
				long[] c = jdbc
					.sql("select count(*), sum(case when v.submission_id is null then 1 else 0 end),"
							+ " sum(case when v.submission_id is not null and (v.obs_value <> t.obs_value"
							+ " or coalesce(v.note, '') <> coalesce(t.note, '')) then 1 else 0 end) from data_value t"
							+ " left join data_value v on v.submission_id = ? and v.indicator = t.indicator"
							+ matchDims("v", "t") + " where t.submission_id = ?")
					.params(draft, written)
					.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
					.single();
				fresh += c[1];
				changed += c[2];
				unchanged += c[0] - c[1] - c[2];
				if (c[1] + c[2] > 0) {
					jdbc.sql("merge into data_value v using (select cast(? as uuid) as sid, indicator, " + dims
							+ ", obs_value, note from data_value where submission_id = ?) s on (v.submission_id = s.sid"
							+ " and v.indicator = s.indicator" + matchDims("v", "s") + ")"
							+ " when matched and (v.obs_value <> s.obs_value or coalesce(v.note, '') <> coalesce(s.note, ''))"
							+ " then update set obs_value = s.obs_value, note = s.note"
							+ " when not matched then insert (submission_id, indicator, " + dims + ", obs_value, note)"
							+ " values (s.sid, s.indicator, " + prefixed("s") + ", s.obs_value, s.note)")
						.params(draft.toString(), written)
						.update();
				}
				jdbc.sql("delete from data_value where submission_id = ?").param(written).update();
			}
			clock.lap("merge");
			long cleared = 0;
			for (SourceRow c : this.request.clear()) {
				UUID submission = this.periods.get(Period.of(c.period()));
				String[] key = Dimensions.key(c.dimensions());
				Object[] params = new Object[2 + key.length];
				params[0] = submission;
				params[1] = c.indicator();
				System.arraycopy(key, 0, params, 2, key.length);
				cleared += jdbc.sql("delete from data_value where submission_id = ? and indicator = ?" + keyClause)
					.params(params)
					.update();
			}
			if (fresh + changed + cleared > 0) {
				jdbc.sql("update submission set status = case when status = 'RETURNED' then 'DRAFT' else status end,"
						+ " version = version + 1 where id in (select submission_id from import_period where import_id = ?)")
					.param(importId)
					.update();
			}
			Map<UUID, Period> drafted = new HashMap<>();
			this.periods.forEach((period, draft) -> drafted.put(draft, period));
			for (Problem p : DataImport.this.checks.check(this.set, this.obligation,
					DataChecks.Scope.ofImport(importId, drafted), false)) {
				problem(p);
			}
			clock.lap("set checks");
			jdbc.sql("delete from import_period where import_id = ?").param(importId).update();
			return new long[] { fresh, changed + cleared, unchanged };
		}

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

	private static Object[] concat(Object[] head, Object... tail) {
		Object[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		return all;
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

	private static String prefixed(String alias) {
		return String.join(", ", Dimensions.COLUMNS.stream().map((c) -> alias + "." + c).toList());
	}

	private static String matchDims(String a, String b) {
		StringBuilder sql = new StringBuilder();
		for (String c : Dimensions.COLUMNS) {
			sql.append(" and ").append(a).append('.').append(c).append(" = ").append(b).append('.').append(c);
		}
		return sql.toString();
	}

	static BigDecimal number(String text) {
		try {
			BigDecimal value = new BigDecimal(text.trim());
			if (value.scale() > 4) {
				value = value.setScale(4, RoundingMode.HALF_UP);
			}
			if (value.precision() - value.scale() > 16) {
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String nullToEmpty(String s) {
		return (s != null) ? s : "";
	}

}
