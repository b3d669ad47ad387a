package org.hamkori.statistics;

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
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.statistics.ImportReport.Problem;
import org.hamkori.statistics.ImportReport.Severity;
import org.hamkori.statistics.formats.RowReader;
import org.hamkori.statistics.formats.SourceRow;

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
 * number, not negative, in range), staged, then checked as a set in SQL (a duplicate row
 * with another value, totals against breakdowns, changes needing a note, required totals)
 * and merged into the periods' drafts in one transaction. Any error rolls all of it back,
 * so an import stores everything or nothing; a dry run always rolls back and reports what
 * saving would do. Resending the same figures changes nothing.
 */
@Service
public class DataImport {

	private static final int PROGRESS_EVERY = 10_000;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DataImport.class);

	private final JdbcClient jdbc;

	private final DataSets dataSets;

	private final Submissions submissions;

	private final DataChecks checks;

	private final CodeLists codeLists;

	private final ImportStaging staging;

	private final Directory directory;

	private final TransactionTemplate transactions;

	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	private final Clock clock;

	DataImport(JdbcClient jdbc, DataSets dataSets, Submissions submissions, DataChecks checks, CodeLists codeLists,
			ImportStaging staging, Directory directory, PlatformTransactionManager transactionManager, Clock clock,
			org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.checks = checks;
		this.codeLists = codeLists;
		this.staging = staging;
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

		private final TreeMap<Period, UUID> periods = new TreeMap<>();

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

		private boolean mayRepeat;

		private long staged;

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
			ImportStaging.Writer writer = DataImport.this.staging.open(importId);
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
					stage(row, codes, writer);
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
			log.debug("Import {}: {} rows read, checked and staged in {} ms", importId, read,
					(System.nanoTime() - started) / 1_000_000);
			for (SourceRow c : this.request.clear()) {
				Period.parse(c.period()).ifPresent((p) -> this.periods.putIfAbsent(p, null));
			}
			long[] counts = { 0, 0, 0 };
			if (this.errors == 0 && !this.periods.isEmpty()) {
				counts = merge(importId, writer);
			}
			if (read == 0) {
				problem(0, Severity.ERROR, null, "data.import.empty");
			}
			boolean stored = this.errors == 0 && !this.request.dryRun();
			if (!stored) {
				status.setRollbackOnly();
			}
			return new ImportReport(read, counts[0], counts[1], counts[2], skipped,
					this.periods.keySet().stream().map(Period::code).toList(), List.copyOf(this.problems), this.errors,
					this.warnings, this.request.dryRun(), stored);
		}

		private void stage(SourceRow row, CodeLists.Snapshot codes, ImportStaging.Writer writer) {
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
				this.periods.putIfAbsent(period, null);
				this.lastPeriod = period;
				this.lastCode = period.code();
			}
			if (!this.keys.add(KeySet.hash(indicator, this.lastCode, key))) {
				this.mayRepeat = true;
			}
			if (this.errors == 0) {
				writer.add(line, indicator, this.lastCode, key, value, note);
				this.staged++;
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
		 * Checks the staged rows as a set and merges them; returns new, changed,
		 * unchanged counts.
		 */
		private long[] merge(UUID importId, ImportStaging.Writer writer) {
			JdbcClient jdbc = DataImport.this.jdbc;
			String table = DataImport.this.staging.table();
			Stopwatch clock = new Stopwatch(importId);
			List<Object[]> drafts = new ArrayList<>();
			DataImport.this.submissions
				.editable(this.obligation, this.periods.keySet(), this.request.revisionReason(), this.viewer,
						(period, ex) -> problem(0, Severity.ERROR, period.code(), ex.messageKey(),
								java.util.Arrays.stream(ex.arguments()).map(String::valueOf).toArray(String[]::new)))
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
			List<Object[]> duplicates = !this.mayRepeat ? List.of()
					: jdbc
						.sql("select indicator, period, " + dims + ", min(line_no), max(line_no), min(obs_value),"
								+ " max(obs_value), count(*) from " + table
								+ " where import_id = ? group by indicator, period, " + dims + " having count(*) > 1")
						.param(importId)
						.query((rs, n) -> {
							Object[] r = new Object[5];
							StringBuilder codes = new StringBuilder();
							for (int i = 0; i < Dimensions.COLUMNS.size(); i++) {
								String c = rs.getString(3 + i);
								if (!Dimensions.TOTAL.equals(c)) {
									codes.append(codes.isEmpty() ? "" : " ")
										.append(Dimensions.CODES.get(i))
										.append('=')
										.append(c);
								}
							}
							int base = 3 + Dimensions.COLUMNS.size();
							r[0] = rs.getString(1) + " · " + rs.getString(2) + (codes.isEmpty() ? "" : " · " + codes);
							r[1] = rs.getLong(base);
							r[2] = rs.getLong(base + 1);
							r[3] = rs.getBigDecimal(base + 2).compareTo(rs.getBigDecimal(base + 3)) != 0;
							return r;
						})
						.list();
			boolean identicalDuplicates = false;
			for (Object[] d : duplicates) {
				if ((Boolean) d[3]) {
					problem((Long) d[2], Severity.ERROR, (String) d[0], "data.row.duplicate-conflict",
							String.valueOf(d[1]));
				}
				else {
					identicalDuplicates = true;
				}
			}
			if (this.errors > 0) {
				return new long[] { 0, 0, 0 };
			}
			String drafted = " t join import_period ip on ip.import_id = t.import_id and ip.period = t.period";
			String source = identicalDuplicates
					? "(select ip.submission_id as sid, t.indicator, " + prefixed("t")
							+ ", max(t.obs_value) as obs_value, max(t.note) as note from " + table + drafted
							+ " where t.import_id = ? group by ip.submission_id, t.indicator, " + prefixed("t") + ")"
					: "(select ip.submission_id as sid, t.indicator, " + prefixed("t") + ", t.obs_value, t.note from "
							+ table + drafted + " where t.import_id = ?)";
			Object[] sourceParams = { importId };
			clock.lap("duplicates");
			DataImport.this.staging.analyze();
			boolean firstFill = jdbc
				.sql("select count(*) from import_period ip join data_value v on v.submission_id = ip.submission_id"
						+ " where ip.import_id = ?")
				.param(importId)
				.query(Long.class)
				.single() == 0;
			long[] counts;
			if (firstFill) {
				long rows = identicalDuplicates ? jdbc.sql("select count(*) from " + source + " s")
					.params(sourceParams)
					.query(Long.class)
					.single() : this.staged;
				counts = new long[] { rows, rows, 0 };
			}
			else {
				counts = jdbc
					.sql("select count(*), sum(case when v.submission_id is null then 1 else 0 end),"
							+ " sum(case when v.submission_id is not null and (v.obs_value <> s.obs_value"
							+ " or coalesce(v.note, '') <> coalesce(s.note, '')) then 1 else 0 end) from " + source
							+ " s left join data_value v on v.submission_id = s.sid and v.indicator = s.indicator"
							+ matchDims("v", "s"))
					.params(sourceParams)
					.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
					.single();
			}
			long total = counts[0];
			long fresh = counts[1];
			long changed = counts[2];
			long cleared = 0;
			for (SourceRow c : this.request.clear()) {
				UUID submission = this.periods.get(Period.of(c.period()));
				String[] key = Dimensions.key(c.dimensions());
				Object[] params = new Object[2 + key.length];
				params[0] = submission;
				params[1] = c.indicator();
				System.arraycopy(key, 0, params, 2, key.length);
				cleared += jdbc.sql("delete from data_value where submission_id = ? and indicator = ?"
						+ Dimensions.COLUMNS.stream().map((col) -> " and " + col + " = ?").reduce("", String::concat))
					.params(params)
					.update();
			}
			if (fresh + changed + cleared > 0) {
				clock.lap("counts");
				if (firstFill) {
					jdbc.sql("insert into data_value (submission_id, indicator, " + dims + ", obs_value, note)"
							+ " select s.sid, s.indicator, " + prefixed("s") + ", s.obs_value, s.note from " + source
							+ " s")
						.params(sourceParams)
						.update();
				}
				else {
					jdbc.sql("merge into data_value v using " + source + " s on (v.submission_id = s.sid"
							+ " and v.indicator = s.indicator" + matchDims("v", "s") + ")"
							+ " when matched and (v.obs_value <> s.obs_value or coalesce(v.note, '') <> coalesce(s.note, ''))"
							+ " then update set obs_value = s.obs_value, note = s.note"
							+ " when not matched then insert (submission_id, indicator, " + dims + ", obs_value, note)"
							+ " values (s.sid, s.indicator, " + prefixed("s") + ", s.obs_value, s.note)")
						.params(sourceParams)
						.update();
				}
				jdbc.sql("update submission set status = case when status = 'RETURNED' then 'DRAFT' else status end,"
						+ " version = version + 1 where id in (select submission_id from import_period where import_id = ?)")
					.param(importId)
					.update();
			}
			Map<UUID, Period> written = new HashMap<>();
			this.periods.forEach((period, draft) -> written.put(draft, period));
			clock.lap("merge");
			for (Problem p : DataImport.this.checks.check(this.set, this.obligation,
					DataChecks.Scope.ofImport(importId, written), false)) {
				problem(p);
			}
			clock.lap("set checks");
			writer.discard();
			jdbc.sql("delete from import_period where import_id = ?").param(importId).update();
			return new long[] { fresh, changed + cleared, total - fresh - changed };
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
