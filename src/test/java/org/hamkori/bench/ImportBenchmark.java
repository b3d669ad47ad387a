package org.hamkori.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hamkori.directory.Directory;
import org.hamkori.formats.ColumnMapping;
import org.hamkori.formats.CsvOptions;
import org.hamkori.formats.CsvPreview;
import org.hamkori.formats.LongCsvReader;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.DataImport;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.ImportReport;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.StatisticsTestSupport;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a long CSV of 1,000,000 values through the real pipeline (streaming read, row
 * checks, staging, set checks, merge into drafts, all in one transaction) and, on
 * PostgreSQL, times a raw {@code COPY} of the same file into a table shaped like the
 * values table for the ratio. Run by {@code bench/data-import.sh}, with {@code -Xmx512m};
 * the database comes from {@code hamkori.bench.url}. Prints and writes its figures;
 * asserts only that everything was stored.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "spring.datasource.url=${hamkori.bench.url}",
		"spring.datasource.username=${hamkori.bench.user:postgres}",
		"spring.datasource.password=${hamkori.bench.password:}" })
class ImportBenchmark {

	static final int VALUES = Integer.getInteger("hamkori.bench.values", 1_000_000);

	/**
	 * Codes of the breakdowns the generated file uses (no totals, so no total checks
	 * fire).
	 */
	static final String[] AREAS = { "RUS", "KAZ", "KGZ", "UZB", "TUR", "KOR", "ARE", "DEU", "GBR", "POL", "CHN", "USA",
			"_O" };

	static final String[] SEXES = { "F", "M" };

	static final String[] AGES = { "Y15T24", "Y25T34", "Y35T44", "Y45T54", "Y55T64", "Y_GE65" };

	static final String[] EDUCATION = { "LT_BASIC", "BASIC", "INTERMEDIATE", "ADVANCED" };

	static final String[] OCCUPATIONS = { "1", "2", "3", "4", "5", "6", "7", "8", "9" };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	DataImport imports;

	@Autowired
	DataSource dataSource;

	@Test
	void importOneMillionValuesFromALongCsv() throws Exception {
		StatisticsTestSupport support = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets);
		Viewer secretariat = support.viewer("secretariat.tj");
		DataSet set = this.dataSets.create(StatisticsTestSupport.TJ, StatisticsTestSupport.uniqueCode("BENCH"),
				LocalizedText.of("en", "Import benchmark"), Periodicity.MONTHLY, Visibility.MEMBERS,
				List.of(item("DEPARTURES", "COUNTERPART_AREA", "SEX", "AGE"),
						item("PLACEMENTS_PUBLIC", "COUNTERPART_AREA", "SEX", "OCCUPATION"),
						item("SDG_10_7_1", "COUNTERPART_AREA", "SEX", "AGE", "EDUCATION")),
				secretariat);
		Obligation obligation = this.dataSets.addObligation(set.id(), support.organisation("NBT", "TJ"), 30,
				Period.of("1900-01"), secretariat);

		Path dir = Files.createDirectories(Path.of("target", "bench"));
		Path file = dir.resolve("import-" + VALUES + ".csv");
		long rows = write(file);
		long size = Files.size(file);

		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		ImportReport report;
		try (InputStream in = Files.newInputStream(file)) {
			CsvPreview preview;
			try (InputStream head = Files.newInputStream(file)) {
				preview = CsvPreview.read(head);
			}
			ColumnMapping mapping = ColumnMapping.of(java.util.Map.of("INDICATOR", ColumnMapping.INDICATOR,
					"TIME_PERIOD", ColumnMapping.PERIOD, "COUNTERPART_AREA", "COUNTERPART_AREA", "SEX", "SEX", "AGE",
					"AGE", "OCCUPATION", "OCCUPATION", "EDUCATION", "EDUCATION", "OBS_VALUE", ColumnMapping.VALUE));
			report = this.imports.run(new DataImport.Request(obligation.id(), false, null),
					new LongCsvReader(in, CsvOptions.of(preview, mapping)), secretariat);
		}
		double importSeconds = (System.nanoTime() - start) / 1e9;
		long peakHeap = peakHeap();
		assertThat(report.problems()).as("%s", report.problems().stream().limit(5).toList()).isEmpty();
		assertThat(report.stored()).isTrue();
		assertThat(report.valuesNew()).isEqualTo(rows);

		long resendStart = System.nanoTime();
		ImportReport resend;
		try (InputStream in = Files.newInputStream(file)) {
			CsvPreview preview;
			try (InputStream head = Files.newInputStream(file)) {
				preview = CsvPreview.read(head);
			}
			resend = this.imports.run(new DataImport.Request(obligation.id(), false, null),
					new LongCsvReader(in, CsvOptions.of(preview, mapping())), secretariat);
		}
		double resendSeconds = (System.nanoTime() - resendStart) / 1e9;
		assertThat(resend.valuesUnchanged()).isEqualTo(rows);
		String database = this.jdbc.sql("select 1").query(Integer.class).single() == 1 ? product() : "?";
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"database=%s values=%d file=%.1fMB import=%.2fs rate=%.0f values/s peak-heap=%dMB max-heap=%dMB%n",
				database, rows, size / 1e6, importSeconds, rows / importSeconds, peakHeap >> 20,
				Runtime.getRuntime().maxMemory() >> 20));
		out.append(String.format(Locale.ROOT,
				"resend of the same file (every value unchanged): %.2fs rate=%.0f values/s%n", resendSeconds,
				rows / resendSeconds));
		if (database.contains("postgres")) {
			double copySeconds = copy(file);
			out.append(String.format(Locale.ROOT,
					"raw COPY of the same file into a keyed table: %.2fs rate=%.0f values/s%n", copySeconds,
					rows / copySeconds));
			out.append(String.format(Locale.ROOT, "import/COPY throughput ratio=%.0f%%%n",
					100 * (rows / importSeconds) / (rows / copySeconds)));
		}
		System.out.print(out);
		Files.writeString(
				dir.resolve("import-result-" + (database.contains("postgres") ? "postgresql" : "h2") + ".txt"),
				out.toString());
	}

	private static ColumnMapping mapping() {
		return ColumnMapping.of(java.util.Map.of("INDICATOR", ColumnMapping.INDICATOR, "TIME_PERIOD",
				ColumnMapping.PERIOD, "COUNTERPART_AREA", "COUNTERPART_AREA", "SEX", "SEX", "AGE", "AGE", "OCCUPATION",
				"OCCUPATION", "EDUCATION", "EDUCATION", "OBS_VALUE", ColumnMapping.VALUE));
	}

	private static DataSet.Item item(String indicator, String... dimensions) {
		return new DataSet.Item(indicator, List.of(dimensions), false, null, null, null, BigDecimal.ONE);
	}

	/**
	 * Writes the file: every month from 1950 on, every breakdown cell, until VALUES rows.
	 */
	private static long write(Path file) throws IOException {
		long rows = 0;
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer,
						CSVFormat.DEFAULT.builder()
							.setHeader("INDICATOR", "TIME_PERIOD", "COUNTERPART_AREA", "SEX", "AGE", "OCCUPATION",
									"EDUCATION", "OBS_VALUE")
							.get())) {
			Period period = Period.of("1900-01");
			while (rows < VALUES) {
				for (String area : AREAS) {
					for (String sex : SEXES) {
						for (String age : AGES) {
							if (rows < VALUES) {
								csv.printRecord("DEPARTURES", period.code(), area, sex, age, "_T", "_T",
										(rows % 9973) + 1);
								rows++;
							}
						}
						for (String age : AGES) {
							for (String education : EDUCATION) {
								if (rows < VALUES) {
									csv.printRecord("SDG_10_7_1", period.code(), area, sex, age, "_T", education,
											(rows % 89) / 10.0);
									rows++;
								}
							}
						}
						for (String occupation : OCCUPATIONS) {
							if (rows < VALUES) {
								csv.printRecord("PLACEMENTS_PUBLIC", period.code(), area, sex, "_T", occupation, "_T",
										(rows % 997) + 0.5);
								rows++;
							}
						}
					}
				}
				period = period.next();
			}
		}
		return rows;
	}

	/**
	 * Times COPY of the same CSV into a table with the values table's columns and key.
	 */
	private double copy(Path file) throws Exception {
		this.jdbc.sql("drop table if exists bench_copy").update();
		this.jdbc
			.sql("create table bench_copy (indicator varchar(40) collate \"C\" not null, period varchar(10) collate \"C\" not null,"
					+ " counterpart_area varchar(20) collate \"C\" not null, sex varchar(20) collate \"C\" not null, age varchar(20) collate \"C\" not null,"
					+ " occupation varchar(20) collate \"C\" not null, education varchar(20) collate \"C\" not null,"
					+ " obs_value numeric(20, 4) not null,"
					+ " primary key (indicator, period, counterpart_area, sex, age, occupation, education))")
			.update();
		long start = System.nanoTime();
		try (Connection c = this.dataSource.getConnection(); Reader in = Files.newBufferedReader(file)) {
			c.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)", in);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		this.jdbc.sql("drop table bench_copy").update();
		return seconds;
	}

	private String product() throws Exception {
		try (Connection c = this.dataSource.getConnection()) {
			return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		}
	}

	private static long peakHeap() {
		long peak = 0;
		List<MemoryPoolMXBean> pools = new ArrayList<>(ManagementFactory.getMemoryPoolMXBeans());
		for (MemoryPoolMXBean pool : pools) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
