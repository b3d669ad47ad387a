package org.hamkori.bench;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.hamkori.analytics.Analytics;
import org.hamkori.analytics.DataTable.View;
import org.hamkori.analytics.DataTable;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.DataImport;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.ImportReport;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.StatisticsTestSupport;
import org.hamkori.reporting.Submission;
import org.hamkori.reporting.Submissions;
import org.hamkori.shared.security.Viewer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-country dashboard over ten million published values on PostgreSQL, measured
 * through the real services: the regional mechanism's comparison and a national time
 * series as the regional demo viewer, then a fresh report taken through import,
 * submission, approval, release and regional acceptance, and looked for at once. Runs
 * only on demand ({@code bench/dashboard.sh}); it prints its figures and writes them to
 * {@code target/bench/dashboard.txt}. The only assertions are about content, never about
 * time.
 *
 * <p>
 * The database is its own ({@code HAMKORI_BENCH_DB_URL}, by default
 * {@code jdbc:postgresql://127.0.0.1:5432/hamkori_bench}), set here with the highest
 * precedence so the H2 settings of the normal test run cannot replace it. The fill runs
 * once and is skipped when the benchmark data sets exist already.
 */
@Tag("benchmark")
@SpringBootTest
class DashboardBenchmark {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/hamkori_bench";

	static final int WARMUP = Integer.getInteger("hamkori.bench.warmup", 20);

	static final int CALLS = Integer.getInteger("hamkori.bench.calls", 200);

	/** Reporting institutions per country; each reports both benchmark data sets. */
	static final int INSTITUTIONS = 9;

	@DynamicPropertySource
	static void benchDatabase(DynamicPropertyRegistry registry) {
		BenchDatabase.register(registry, DEFAULT_URL);
	}

	@Autowired
	Analytics analytics;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	DataImport dataImport;

	@Autowired
	Submissions submissions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private final List<String> report = new ArrayList<>();

	@Test
	void crossCountryDashboardOverTenMillionValues() throws Exception {
		StatisticsTestSupport support = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets);
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		fill();
		long rows = this.jdbc.sql("select count(*) from published_value").query(Long.class).single();
		long totals = this.jdbc
			.sql("select count(*) from published_value where sex = '_T' and age = '_T'"
					+ " and counterpart_area = '_T' and activity = '_T' and occupation = '_T' and education = '_T'"
					+ " and migrant_category = '_T'")
			.query(Long.class)
			.single();
		line("PostgreSQL: %s; jit = %s, shared_buffers = %s, work_mem = %s",
				this.jdbc.sql("show server_version").query(String.class).single(),
				this.jdbc.sql("show jit").query(String.class).single(),
				this.jdbc.sql("show shared_buffers").query(String.class).single(),
				this.jdbc.sql("show work_mem").query(String.class).single());
		line("published_value: %,d rows, %,d of them totals (%.2f %%); table %s, indexes %s", rows, totals,
				100.0 * totals / rows,
				this.jdbc.sql("select pg_size_pretty(pg_relation_size('published_value'))")
					.query(String.class)
					.single(),
				this.jdbc.sql("select pg_size_pretty(pg_indexes_size('published_value'))")
					.query(String.class)
					.single());
		line("indexes: %s", String.join("; ",
				this.jdbc.sql("select indexname from pg_indexes where tablename = 'published_value' order by indexname")
					.query(String.class)
					.list()));

		Viewer regional = support.viewer("regional");
		Mechanism rcm = this.directory.mechanismOrThrow("RCM");
		Mechanism tj = this.directory.mechanismOrThrow("CCM-TJ");
		int year = this.directory.today().getYear();

		// the content is right before anything is timed: the comparison adds up the
		// institutions of each country, as a direct sum over the table says
		DataTable comparison = table(rcm, View.COMPARISON, "DEPARTURES", year - 4, year, regional);
		assertThat(comparison.columns()).hasSize(4);
		assertThat(comparison.rows()).isNotEmpty();
		DataTable.Row first = comparison.rows().get(0);
		BigDecimal expected = this.jdbc.sql("""
				select sum(obs_value) from published_value where mechanism_id = ? and indicator = 'DEPARTURES'
				and period = ? and sex = '_T' and age = '_T' and counterpart_area = '_T' and activity = '_T'
				and occupation = '_T' and education = '_T' and migrant_category = '_T'""")
			.params(tj.id(), first.key())
			.query(BigDecimal.class)
			.single();
		int tjColumn = columnOf(comparison, "CCM-TJ");
		assertThat(first.values().get(tjColumn)).isEqualByComparingTo(expected);

		line("");
		line("%-58s %8s %8s %8s %8s", "call (" + WARMUP + " warm-up, " + CALLS + " timed, one at a time)", "p50 ms",
				"p95 ms", "max ms", "rows");
		time("RCM dashboard: comparison, DEPARTURES (monthly), " + (year - 4) + "-" + year,
				() -> table(rcm, View.COMPARISON, "DEPARTURES", year - 4, year, regional));
		time("RCM dashboard: comparison, REMITTANCES (quarterly), " + (year - 4) + "-" + year,
				() -> table(rcm, View.COMPARISON, "REMITTANCES", year - 4, year, regional));
		time("explorer: comparison, DEPARTURES, " + (year - 19) + "-" + year,
				() -> table(rcm, View.COMPARISON, "DEPARTURES", year - 19, year, regional));
		time("national series CCM-TJ, DEPARTURES, " + (year - 19) + "-" + year,
				() -> table(tj, View.SERIES, "DEPARTURES", year - 19, year, regional));

		explain("comparison, DEPARTURES, " + (year - 4) + "-" + year,
				() -> table(rcm, View.COMPARISON, "DEPARTURES", year - 4, year, regional));
		explain("comparison, DEPARTURES, " + (year - 19) + "-" + year,
				() -> table(rcm, View.COMPARISON, "DEPARTURES", year - 19, year, regional));
		explain("national series CCM-TJ, DEPARTURES, " + (year - 19) + "-" + year,
				() -> table(tj, View.SERIES, "DEPARTURES", year - 19, year, regional));

		freshness(support, rcm, tj, regional, year);
		write();
	}

	// --- The measurements
	// ----------------------------------------------------------------

	private DataTable table(Mechanism mechanism, View view, String indicator, int from, int to, Viewer viewer) {
		return this.analytics.table(mechanism, new Analytics.Query(view, indicator, from, to, null), viewer);
	}

	private void time(String label, Supplier<DataTable> call) {
		for (int i = 0; i < WARMUP; i++) {
			call.get();
		}
		long[] nanos = new long[CALLS];
		int rows = 0;
		for (int i = 0; i < CALLS; i++) {
			long start = System.nanoTime();
			DataTable table = call.get();
			nanos[i] = System.nanoTime() - start;
			rows = table.rows().size();
		}
		Arrays.sort(nanos);
		line("%-58s %8.1f %8.1f %8.1f %8d", label, ms(percentile(nanos, 50)), ms(percentile(nanos, 95)),
				ms(nanos[nanos.length - 1]), rows);
	}

	static long percentile(long[] sorted, int p) {
		return BenchDatabase.percentile(sorted, p);
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	/**
	 * Runs the call once while the SQL it sends is captured with its parameters, then
	 * prints the plan of each statement as PostgreSQL executes it.
	 */
	private void explain(String label, Supplier<DataTable> call) {
		List<String> statements = SqlCapture.during(call);
		line("");
		line("EXPLAIN (ANALYZE, BUFFERS) of %s:", label);
		for (String sql : statements) {
			if (!sql.contains("published_value")) {
				continue;
			}
			line("  SQL: %s", sql.replaceAll("\\s+", " "));
			this.jdbc.sql("explain (analyze, buffers) " + sql)
				.query(String.class)
				.list()
				.forEach((l) -> line("    %s", l));
		}
	}

	/**
	 * A new month of CCM-TJ through the real pipeline, then looked for at once: first on
	 * the country's own series by its secretariat right after the approval, then on the
	 * regional comparison right after the regional secretariat accepts it.
	 */
	private void freshness(StatisticsTestSupport support, Mechanism rcm, Mechanism tj, Viewer regional, int year) {
		Viewer secretariat = support.viewer("secretariat.tj");
		Obligation obligation = this.dataSets.obligationsOfMechanism(tj.id())
			.stream()
			.filter((o) -> o.organisationId().equals(organisation(tj, 1)))
			.filter((o) -> this.dataSets.find(o.dataSetId()).orElseThrow().code().equals("BENCH_MONTHLY"))
			.findFirst()
			.orElseThrow();
		// The last ended month by the application's clock. The demo story may have
		// figures
		// of CCM-TJ there too, and an earlier run of this benchmark its own, so what must
		// show is the figure before this run, less this obligation's earlier figure, plus
		// the new one.
		String freshPeriod = Period.containing(Periodicity.MONTHLY, this.directory.today()).previous().code();
		BigDecimal ownBefore = this.jdbc.sql("""
				select coalesce(sum(obs_value), 0) from published_value
				where obligation_id = ? and period = ? and indicator = 'DEPARTURES'
				and sex = '_T' and counterpart_area = '_T'
				""").params(obligation.id(), freshPeriod).query(BigDecimal.class).single();
		BigDecimal nationalBefore = orZero(
				cell(table(tj, View.SERIES, "DEPARTURES", year - 4, year, secretariat), freshPeriod, 0));
		DataTable regionalBeforeTable = table(rcm, View.COMPARISON, "DEPARTURES", year - 4, year, regional);
		BigDecimal regionalBefore = orZero(
				cell(regionalBeforeTable, freshPeriod, columnOf(regionalBeforeTable, "CCM-TJ")));
		String value = (500_000 + ThreadLocalRandom.current().nextInt(400_000)) + ".0000";
		BigDecimal nationalExpected = nationalBefore.subtract(ownBefore).add(new BigDecimal(value));
		ImportReport imported = this.dataImport.run(
				new DataImport.Request(obligation.id(), false, "Benchmark run " + UUID.randomUUID()),
				StatisticsTestSupport.reader(List.of(StatisticsTestSupport.row(1, "DEPARTURES", freshPeriod, value))),
				secretariat);
		assertThat(imported.stored()).as(imported.problems().toString()).isTrue();
		Submission draft = this.submissions.current(obligation.id(), Period.of(freshPeriod)).orElseThrow();
		assertThat(this.submissions.submit(draft.id(), draft.version(), secretariat)).noneMatch((p) -> p.isError());
		Submission submitted = this.submissions.find(draft.id()).orElseThrow();
		int fromYear = year - 4;

		this.submissions.approve(submitted.id(), submitted.version(), secretariat);
		long approved = System.nanoTime();
		int queries = 0;
		DataTable series;
		do {
			series = table(tj, View.SERIES, "DEPARTURES", fromYear, year, secretariat);
			queries++;
		}
		while (nationalExpected.compareTo(orZero(cell(series, freshPeriod, 0))) != 0 && queries < 100);
		long seenNational = System.nanoTime() - approved;
		assertThat(queries).as("queries until the approved month shows on the national series").isEqualTo(1);
		assertThat(cell(series, freshPeriod, 0)).isEqualByComparingTo(nationalExpected);

		// the region sees it only once released and accepted for the regional view
		DataTable before = table(rcm, View.COMPARISON, "DEPARTURES", fromYear, year, regional);
		assertThat(orZero(cell(before, freshPeriod, columnOf(before, "CCM-TJ")))).isEqualByComparingTo(regionalBefore);
		BigDecimal regionalExpected = regionalBefore.subtract(ownBefore).add(new BigDecimal(value));
		this.submissions.release(submitted.id(), secretariat);
		this.submissions.acceptRegionally(submitted.id(), regional);
		long accepted = System.nanoTime();
		queries = 0;
		DataTable after;
		do {
			after = table(rcm, View.COMPARISON, "DEPARTURES", fromYear, year, regional);
			queries++;
		}
		while (regionalExpected.compareTo(orZero(cell(after, freshPeriod, columnOf(after, "CCM-TJ")))) != 0
				&& queries < 100);
		long seenRegional = System.nanoTime() - accepted;
		assertThat(queries).as("queries until the accepted month shows on the comparison").isEqualTo(1);
		assertThat(cell(after, freshPeriod, columnOf(after, "CCM-TJ"))).isEqualByComparingTo(regionalExpected);

		line("");
		line("freshness: CCM-TJ %s DEPARTURES = %s imported, submitted and approved by secretariat.tj", freshPeriod,
				value);
		line("  approval commit -> national series (secretariat.tj) shows it: %.1f ms, first query", ms(seenNational));
		line("  regional acceptance commit -> RCM comparison (regional) shows it: %.1f ms, first query",
				ms(seenRegional));
	}

	private static int columnOf(DataTable table, String mechanismCode) {
		for (int i = 0; i < table.columns().size(); i++) {
			if (table.columns().get(i).key().equals(mechanismCode)) {
				return i;
			}
		}
		throw new AssertionError("no column " + mechanismCode);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static BigDecimal cell(DataTable table, String period, int column) {
		return table.rows()
			.stream()
			.filter((r) -> r.key().equals(period))
			.map((r) -> r.values().get(column))
			.findFirst()
			.orElse(null);
	}

	private void line(String format, Object... arguments) {
		String text = String.format(Locale.ROOT, format, arguments);
		this.report.add(text);
		System.out.println(text);
	}

	private void write() throws IOException {
		Path file = Path.of("target", "bench", "dashboard.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, String.join("\n", this.report) + "\n", StandardCharsets.UTF_8);
	}

	// --- The fill
	// ------------------------------------------------------------------------

	/** The fixed identifier of the n-th benchmark institution of a country. */
	static UUID organisation(Mechanism mechanism, int n) {
		return UUID.fromString(String.format(Locale.ROOT, "00000000-0000-4000-b001-%012x",
				(mechanism.id().getLeastSignificantBits() & 0xff) * 16 + n));
	}

	/**
	 * Fills {@code published_value} in one transaction with one server-side insert, with
	 * its constraints and indexes dropped during the load and rebuilt after it (as their
	 * own definitions say, so a new index of a migration is built too), then vacuums and
	 * analyses. Skipped when the benchmark data sets exist.
	 */
	private void fill() throws SQLException {
		int existing = this.jdbc.sql("select count(*) from data_set where code = 'BENCH_MONTHLY'")
			.query(Integer.class)
			.single();
		if (existing > 0) {
			line("fill: skipped, the benchmark data is there already");
			return;
		}
		long start = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local maintenance_work_mem = '512MB'");
				statement.execute("set local synchronous_commit = off");
				for (String sql : FILL_REFERENCE) {
					statement.execute(sql.formatted(INSTITUTIONS));
				}
				List<String[]> constraints = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery("select conname, pg_get_constraintdef(oid), contype"
						+ " from pg_constraint where conrelid = 'published_value'::regclass"
						+ " order by case contype when 'p' then 0 else 1 end")) {
					while (rs.next()) {
						constraints.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
					}
				}
				List<String[]> indexes = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery("select indexname, indexdef from pg_indexes"
						+ " where tablename = 'published_value' and indexname not in"
						+ " (select conname from pg_constraint where conrelid = 'published_value'::regclass)")) {
					while (rs.next()) {
						indexes.add(new String[] { rs.getString(1), rs.getString(2) });
					}
				}
				for (int i = constraints.size() - 1; i >= 0; i--) {
					statement.execute("alter table published_value drop constraint " + constraints.get(i)[0]);
				}
				for (String[] i : indexes) {
					statement.execute("drop index " + i[0]);
				}
				statement.execute(FILL_VALUES);
				for (String[] c : constraints) {
					statement.execute("alter table published_value add constraint " + c[0] + " " + c[1]);
				}
				for (String[] i : indexes) {
					statement.execute(i[1]);
				}
			}
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("vacuum (analyze) published_value");
				statement.execute("analyze submission");
				statement.execute("analyze reporting_obligation");
				statement.execute("analyze data_set");
			}
		}
		line("fill: %.0f s (insert, constraints and indexes rebuilt, vacuum analyze)",
				(System.nanoTime() - start) / 1e9);
	}

	/**
	 * Institutions, data sets, indicators, obligations and approved submissions: per
	 * country {@code %1$d} institutions reporting a monthly set (departures, returns)
	 * from 2006-10 to 2026-09 and a quarterly set (six indicators) from 2006-Q3 to
	 * 2026-Q2, all members-only and accepted for the regional view.
	 */
	static final List<String> FILL_REFERENCE = List.of("""
			insert into organisation (id, name, acronym, type, country_code, version)
			select ('00000000-0000-4000-b001-' || lpad(to_hex((right(m.id::text, 2)::int) * 16 + n), 12, '0'))::uuid,
			'{"en":"Regional migration office ' || n || ' (benchmark)"}', 'RMO' || n, 'GOVERNMENT_AGENCY',
			m.country_code, 0
			from mechanism m cross join generate_series(1, %1$d) n where m.regional = false""", """
			insert into data_set (id, mechanism_id, code, name, periodicity, visibility, created_at)
			select gen_random_uuid(), m.id, s.code, '{"en":"' || s.title || ' (benchmark)"}', s.periodicity,
			'MEMBERS', timestamp with time zone '2006-01-01 00:00:00+00'
			from mechanism m cross join (values ('BENCH_MONTHLY', 'MONTHLY', 'Monthly migration returns'),
			('BENCH_QUARTERLY', 'QUARTERLY', 'Quarterly labour migration returns')) s (code, periodicity, title)
			where m.regional = false""", """
			insert into data_set_indicator (data_set_id, indicator, dimensions, required, min_value, max_value,
			change_warning, total_tolerance, sort_order)
			select ds.id, i.indicator, 'SEX,COUNTERPART_AREA,AGE', false, null, null, null, 0, i.n
			from data_set ds join (values ('BENCH_MONTHLY', 'DEPARTURES', 1), ('BENCH_MONTHLY', 'RETURNS', 2),
			('BENCH_QUARTERLY', 'PLACEMENTS_PUBLIC', 1), ('BENCH_QUARTERLY', 'PLACEMENTS_PRIVATE', 2),
			('BENCH_QUARTERLY', 'PREDEPARTURE_TRAINEES', 3), ('BENCH_QUARTERLY', 'REMITTANCES', 4),
			('BENCH_QUARTERLY', 'CSO_COMPLAINTS', 5), ('BENCH_QUARTERLY', 'LABOUR_FORCE', 6))
			i (code, indicator, n) on i.code = ds.code""", """
			insert into reporting_obligation (id, data_set_id, organisation_id, due_days, first_period, created_at)
			select gen_random_uuid(), ds.id, o.id, 45,
			case ds.periodicity when 'MONTHLY' then '2006-10' else '2006-Q3' end,
			timestamp with time zone '2006-01-01 00:00:00+00'
			from data_set ds join mechanism m on m.id = ds.mechanism_id
			join organisation o on o.country_code = m.country_code and o.name like '%%(benchmark)%%'
			where ds.code in ('BENCH_MONTHLY', 'BENCH_QUARTERLY')""", """
			insert into submission (id, obligation_id, period, period_start, revision, status, created_at, created_by,
			submitted_at, submitted_by, decided_at, decided_by, released_at, regional_accepted_at, version)
			select gen_random_uuid(), ro.id,
			case ds.periodicity when 'MONTHLY' then to_char(d, 'YYYY-MM')
			else to_char(d, 'YYYY') || '-Q' || extract(quarter from d)::int end,
			d::date, 1, 'APPROVED', d + interval '40 days', 'benchmark', d + interval '41 days', 'benchmark',
			d + interval '50 days', 'benchmark', d + interval '51 days', d + interval '55 days', 4
			from reporting_obligation ro join data_set ds on ds.id = ro.data_set_id
			cross join lateral generate_series(
			case ds.periodicity when 'MONTHLY' then timestamp '2006-10-01' else timestamp '2006-07-01' end,
			case ds.periodicity when 'MONTHLY' then timestamp '2026-09-01' else timestamp '2026-04-01' end,
			case ds.periodicity when 'MONTHLY' then interval '1 month' else interval '3 months' end) d
			where ds.code in ('BENCH_MONTHLY', 'BENCH_QUARTERLY')""");

	/**
	 * Every indicator of a submission broken down by sex, destination (15 codes) and age
	 * (6 bands) and crossed, with the totals of each: 3 x 16 x 7 = 336 values per
	 * indicator and period, of which one is the total. The lateral join keeps each
	 * submission's values together on disk, as an approval writes them.
	 */
	static final String FILL_VALUES = """
			insert into published_value (obligation_id, mechanism_id, data_set_id, submission_id, indicator, period,
			period_start, periodicity, sex, age, counterpart_area, activity, occupation, education, migrant_category,
			obs_value, visibility, regional, approved_at)
			select s.obligation_id, ds.mechanism_id, ds.id, s.id, v.indicator, s.period, s.period_start, ds.periodicity,
			v.sex, v.age, v.area, '_T', '_T', '_T', '_T', v.value, 'MEMBERS', true, s.decided_at
			from submission s join reporting_obligation ro on ro.id = s.obligation_id
			join data_set ds on ds.id = ro.data_set_id
			cross join lateral (
			select dsi.indicator, sx.code as sex, ag.code as age, ca.code as area,
			((extract(year from s.period_start)::int * 13 + extract(month from s.period_start)::int * 7
			+ dsi.sort_order * 31 + sx.n * 17 + ca.sort_order * 11 + ag.sort_order * 5) % 900 + 100)
			* (case when sx.code = '_T' then 2 else 1 end) * (case when ca.code = '_T' then 15 else 1 end)
			* (case when ag.code = '_T' then 6 else 1 end) as value
			from data_set_indicator dsi
			cross join (values ('_T', 0), ('F', 1), ('M', 2)) sx (code, n)
			cross join (select code, sort_order from dimension_code where dimension = 'COUNTERPART_AREA') ca
			cross join (select code, sort_order from dimension_code where dimension = 'AGE') ag
			where dsi.data_set_id = ds.id) v
			where s.created_by = 'benchmark'""";

	// --- Capturing the SQL of one call
	// -----------------------------------------------------

	/**
	 * Wraps the application's data source so that, only while {@link #during} runs on
	 * this thread, every prepared statement's SQL is recorded with its parameters bound
	 * (as the PostgreSQL driver prints it) just before it executes.
	 */
	static final class SqlCapture {

		private static final ThreadLocal<List<String>> CAPTURED = new ThreadLocal<>();

		static List<String> during(Supplier<?> call) {
			List<String> statements = new ArrayList<>();
			CAPTURED.set(statements);
			try {
				call.get();
			}
			finally {
				CAPTURED.remove();
			}
			return statements;
		}

		static DataSource wrap(DataSource target) {
			return (DataSource) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
					new Class<?>[] { DataSource.class }, delegate(target, (method, result) -> {
						if (result instanceof Connection c && method.getName().equals("getConnection")) {
							return connection(c);
						}
						return result;
					}));
		}

		private static Connection connection(Connection target) {
			return (Connection) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
					new Class<?>[] { Connection.class }, delegate(target, (method, result) -> {
						if (result instanceof PreparedStatement p && method.getName().equals("prepareStatement")) {
							return statement(p);
						}
						return result;
					}));
		}

		private static PreparedStatement statement(PreparedStatement target) {
			return (PreparedStatement) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
						List<String> captured = CAPTURED.get();
						if (captured != null && method.getName().startsWith("execute")) {
							captured.add(target.unwrap(PreparedStatement.class).toString());
						}
						return invoke(target, method, args);
					});
		}

		private interface After {

			Object apply(Method method, Object result);

		}

		private static InvocationHandler delegate(Object target, After after) {
			return (proxy, method, args) -> after.apply(method, invoke(target, method, args));
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

	@TestConfiguration
	static class Capture {

		@Bean
		static BeanPostProcessor sqlCapture() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource d) ? SqlCapture.wrap(d) : bean;
				}
			};
		}

	}

}
