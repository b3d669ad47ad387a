package org.hamkori.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.junit.jupiter.api.Test;

import org.hamkori.bench.BenchDatabase;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.reporting.DataSets;
import org.hamkori.shared.DemoDataLoader;
import org.hamkori.reporting.StatisticsTestSupport;
import org.hamkori.search.SearchIndex.Filter;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one search over 100,000 records and 10,000 documents' text on PostgreSQL, measured
 * through the real service as a member of CCM-TJ: a mix of Russian word forms, Cyrillic
 * and Latin spellings, Tajik, English and typeahead prefixes, p50/p95/p99 of the whole
 * {@link Search#find} (index query and every module's rights check) and of the index
 * query alone, and the plan of the slowest query. Runs only on demand
 * ({@code bench/search.sh}); writes {@code target/bench/search.txt}. The only assertions
 * are about content.
 *
 * <p>
 * The demo data is indexed as the application would, then synthetic entries are added
 * straight into the index tables (terms made by the same {@link Terms}): their records do
 * not exist, so the rights checks look for them and leave them out, as they would a
 * deleted record. The fill runs once; a later run on the same database only measures.
 */
@Tag("benchmark")
@SpringBootTest
class SearchBenchmark {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/hamkori_bench_search";

	static final int WARMUP = Integer.getInteger("hamkori.bench.warmup", 20);

	static final int ROUNDS = Integer.getInteger("hamkori.bench.rounds", 10);

	static final int RECORDS = Integer.getInteger("hamkori.bench.records", 100_000);

	static final int DOCUMENTS = Integer.getInteger("hamkori.bench.documents", 10_000);

	/** Words of a document's text (its distinct ones become its terms). */
	static final int DOCUMENT_WORDS = Integer.getInteger("hamkori.bench.document-words", 1_500);

	static final List<String> TYPES = List.of("meeting", "agenda_item", "minutes", "decision", "action", "issue",
			"recommendation", "policy_change", "programme", "agreement", "data_set", "indicator", "person",
			"organisation");

	/** The words people of the region write about, most frequent first. */
	static final List<String> DOMAIN = List.of("мигрантов", "трудовых", "миграции", "мигранты", "migration", "денежных",
			"переводов", "решение", "заседания", "labour", "migrants", "муҳоҷирати", "меҳнатӣ", "сборы", "сбор",
			"сборов", "мигрантам", "трудовая", "миграционный", "денежные", "переводы", "перевод", "возвращение",
			"возвращения", "реинтеграция", "реинтеграции", "занятость", "занятости", "молодежи", "пенсионных",
			"пенсионный", "соглашение", "соглашения", "решения", "заседание", "протокол", "рекомендация",
			"рекомендации", "доклад", "отчет", "отчета", "статистика", "данные", "показатели", "права", "защиты",
			"граждан", "регистрация", "патент", "патентов", "работодателей", "посредниками", "трудоустройство",
			"обучение", "подготовки", "консультации", "Душанбе", "Худжанд", "Тошкент", "Ташкент", "Бишкек", "Алматы",
			"Астана", "Ош", "Самарканд", "Москва", "интиқоли", "пул", "ҳисобот", "қарор", "ҷаласа", "барнома",
			"шартнома", "mehnat", "migratsiya", "migrantlar", "Toshkent", "Samarqand", "hisobot", "qaror", "dastur",
			"remittances", "return", "reintegration", "pension", "portability", "agreement", "decision", "meeting",
			"report", "data", "employment", "youth", "recruitment", "fees", "Dushanbe", "Khujand", "Bishkek", "Almaty",
			"көші", "қон", "еңбек", "эмгек");

	/** The questions asked, each as often: what people type into the box or the page. */
	static final List<String> QUERIES = List.of("сборы", "сборов мигрантов", "трудовых мигрантов", "денежные переводы",
			"переводов", "возвращение мигрантов", "Душанбе", "Dushanbe", "Тошкент", "Toshkent", "Khujand",
			"муҳоҷирати меҳнатӣ", "remittances", "labour migration", "миг", "пере", "dush", "tru", "реинтеграция",
			"занятость молодежи", "pension portability", "протокол заседания");

	@DynamicPropertySource
	static void benchDatabase(DynamicPropertyRegistry registry) {
		BenchDatabase.register(registry, DEFAULT_URL);
	}

	@Autowired
	Search search;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	Directory directory;

	@Autowired
	DemoDataLoader demo;

	@Autowired
	DataSets dataSets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private final List<String> report = new ArrayList<>();

	@Test
	void searchOverAHundredThousandRecordsAndTenThousandDocuments() throws Exception {
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		fill();
		line("PostgreSQL %s; search_entry %,d rows (%s), search_term %,d rows (%s, indexes %s)",
				this.jdbc.sql("show server_version").query(String.class).single(),
				this.jdbc.sql("select count(*) from search_entry").query(Long.class).single(),
				size("pg_total_relation_size('search_entry')"),
				this.jdbc.sql("select count(*) from search_term").query(Long.class).single(),
				size("pg_relation_size('search_term')"), size("pg_indexes_size('search_term')"));
		line("indexes: %s", String.join("; ", this.jdbc
			.sql("select indexname from pg_indexes where tablename in ('search_entry', 'search_term') order by 1")
			.query(String.class)
			.list()));
		Viewer member = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets).viewer("secretariat.tj");
		Locale russian = Locale.forLanguageTag("ru");
		assertThat(this.search.find("Душанбе", member, null, null, null, null, russian).items()).isNotEmpty();
		line("viewer secretariat.tj (member of %s); %d questions x %d rounds after %d warm-up rounds",
				member.mechanismIds().size() + " mechanism(s)", QUERIES.size(), ROUNDS, WARMUP / 10 + 1);
		line("");
		Map<String, long[]> whole = time((q) -> () -> this.search.find(q, member, null, null, null, null, russian));
		Map<String, long[]> sql = time((q) -> () -> this.index.candidates(Terms.get().query(q), member, Filter.none()));
		line("%-28s %9s %9s %9s %9s %11s", "question", "p50 ms", "p95 ms", "p99 ms", "max ms", "candidates");
		summary("all, Search.find (with rights)", whole, -1);
		summary("all, index query only", sql, -1);
		String slowest = null;
		double worst = -1;
		for (String q : QUERIES) {
			int candidates = this.index.candidates(Terms.get().query(q), member, Filter.none()).size();
			double p95 = summary(q, Map.of(q, whole.get(q)), candidates);
			if (p95 > worst) {
				worst = p95;
				slowest = q;
			}
		}
		explain(slowest, member);
		Path out = Path.of("target/bench/search.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, this.report, StandardCharsets.UTF_8);
	}

	private Map<String, long[]> time(java.util.function.Function<String, Supplier<Object>> call) {
		for (int i = 0; i <= WARMUP / 10; i++) {
			QUERIES.forEach((q) -> call.apply(q).get());
		}
		Map<String, long[]> nanos = new LinkedHashMap<>();
		QUERIES.forEach((q) -> nanos.put(q, new long[ROUNDS]));
		for (int round = 0; round < ROUNDS; round++) {
			for (String q : QUERIES) {
				long start = System.nanoTime();
				call.apply(q).get();
				nanos.get(q)[round] = System.nanoTime() - start;
			}
		}
		return nanos;
	}

	private double summary(String label, Map<String, long[]> nanos, int candidates) {
		long[] all = nanos.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
		line("%-28s %9.1f %9.1f %9.1f %9.1f %11s", label, ms(percentile(all, 50)), ms(percentile(all, 95)),
				ms(percentile(all, 99)), ms(all[all.length - 1]), (candidates >= 0) ? candidates : "");
		return ms(percentile(all, 95));
	}

	private void explain(String q, Viewer viewer) {
		line("");
		line("EXPLAIN (ANALYZE, BUFFERS) of the slowest question, '%s':", q);
		this.index.explain(Terms.get().query(q), viewer, Filter.none()).forEach((l) -> line("    %s", l));
	}

	static long percentile(long[] sorted, int p) {
		return BenchDatabase.percentile(sorted, p);
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private String size(String expression) {
		return this.jdbc.sql("select pg_size_pretty(" + expression + ")").query(String.class).single();
	}

	private void line(String format, Object... args) {
		String text = String.format(Locale.ROOT, format, args);
		System.out.println(text);
		this.report.add(text);
	}

	// --- The fill
	// ----------------------------------------------------------------

	private void fill() throws Exception {
		long have = this.jdbc.sql("select count(*) from search_entry where url like '/bench/%'")
			.query(Long.class)
			.single();
		if (have == RECORDS + DOCUMENTS) {
			line("fill: skipped, the %,d benchmark entries are there", have);
			return;
		}
		long start = System.nanoTime();
		// the demo data loads in the background and its changes are indexed as they
		// come; a full build at the same time would take the same rows
		while (this.demo.isLoading()) {
			Thread.sleep(1000);
		}
		for (int attempt = 1;; attempt++) {
			try {
				this.indexer.rebuild();
				break;
			}
			catch (org.springframework.dao.DataAccessException ex) {
				if (attempt == 5) {
					throw ex;
				}
				Thread.sleep(5000);
			}
		}
		Random random = new Random(15);
		List<String> vocabulary = vocabulary(random);
		double[] cumulative = zipf(vocabulary.size());
		List<Mechanism> mechanisms = this.directory.mechanisms();
		Map<String, List<String>> terms = new HashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			// the rows go in by COPY with the term table's indexes and constraints set
			// aside,
			// then these are built once over all rows: the same rows, in minutes not half
			// an hour
			List<String[]> indexes = new ArrayList<>();
			List<String[]> constraints = new ArrayList<>();
			try (Statement statement = connection.createStatement()) {
				statement.execute("delete from search_term where entry_id in"
						+ " (select id from search_entry where url like '/bench/%')");
				statement.execute("delete from search_entry where url like '/bench/%'");
				try (ResultSet rs = statement.executeQuery("select indexname, indexdef from pg_indexes"
						+ " where tablename in ('search_term', 'search_entry') and indexname not in"
						+ " (select conname from pg_constraint where conrelid in"
						+ " ('search_term'::regclass, 'search_entry'::regclass))")) {
					while (rs.next()) {
						indexes.add(new String[] { rs.getString(1), rs.getString(2) });
					}
				}
				try (ResultSet rs = statement
					.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint"
							+ " where conrelid = 'search_term'::regclass order by contype desc")) {
					while (rs.next()) {
						constraints.add(new String[] { rs.getString(1), rs.getString(2) });
					}
				}
				for (String[] i : indexes) {
					statement.execute("drop index " + i[0]);
				}
				for (String[] c : constraints) {
					statement.execute("alter table search_term drop constraint " + c[0]);
				}
			}
			OffsetDateTime now = this.index.now();
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder entries = new StringBuilder();
			StringBuilder termRows = new StringBuilder();
			for (int n = 0; n < RECORDS + DOCUMENTS; n++) {
				boolean document = n >= RECORDS;
				String type = document ? "document" : TYPES.get(random.nextInt(TYPES.size()));
				UUID id = UUID.randomUUID();
				StringBuilder title = new StringBuilder();
				int titleWords = 4 + random.nextInt(6);
				for (int w = 0; w < titleWords; w++) {
					title.append((w > 0) ? " " : "")
						.append(random.nextInt(10) < 6 ? DOMAIN.get(random.nextInt(DOMAIN.size()))
								: vocabulary.get(sample(cumulative, random)));
				}
				StringBuilder text = new StringBuilder();
				int textWords = document ? DOCUMENT_WORDS : 15 + random.nextInt(30);
				for (int w = 0; w < textWords; w++) {
					text.append(vocabulary.get(sample(cumulative, random))).append((w % 12 == 11) ? ". " : " ");
				}
				boolean person = type.equals("person") || type.equals("organisation");
				Mechanism mechanism = person ? null : mechanisms.get(random.nextInt(mechanisms.size()));
				int a = random.nextInt(100);
				String audience = (person || a < 30) ? "PUBLIC" : (a < 85) ? "MEMBERS" : "MEMBERS_AND_REGION";
				LocalDate date = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(11 * 365));
				java.util.Set<String> own = new java.util.LinkedHashSet<>();
				for (String word : Terms.words(title + " " + text)) {
					own.addAll(terms.computeIfAbsent(word, (w) -> List.copyOf(Terms.get().index(w, 4))));
				}
				copyRow(entries, id, type, (mechanism != null) ? mechanism.id() : null, audience,
						LocalizedTextColumns.write(LocalizedText.of("ru",
								document ? title + " (otchet-" + n + ".pdf)" : title.toString())),
						text.substring(0, Math.min(text.length(), SearchIndex.EXCERPT)), "/bench/" + type + "/" + id,
						date, now, tsvector(SearchIndex.vectorTerms(own)));
				for (String t : own) {
					copyRow(termRows, t, id);
				}
				if (n % 1000 == 999 || n == RECORDS + DOCUMENTS - 1) {
					copy.copyIn(
							"copy search_entry (id, record_type, mechanism_id, audience, title, excerpt, url,"
									+ " record_date, indexed_at, terms) from stdin",
							new StringReader(entries.toString()));
					copy.copyIn("copy search_term (term, entry_id) from stdin", new StringReader(termRows.toString()));
					entries.setLength(0);
					termRows.setLength(0);
				}
			}
			try (Statement statement = connection.createStatement()) {
				for (String[] c : constraints) {
					statement.execute("alter table search_term add constraint " + c[0] + " " + c[1]);
				}
				for (String[] i : indexes) {
					statement.execute(i[1]);
				}
			}
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("vacuum (analyze) search_entry");
				statement.execute("vacuum (analyze) search_term");
			}
		}
		line("fill: %,d records and %,d documents of %,d words in %.0f s (vocabulary %,d words, Zipf)", RECORDS,
				DOCUMENTS, DOCUMENT_WORDS, (System.nanoTime() - start) / 1e9, vocabulary.size());
	}

	/** The terms as a tsvector's text, the same value as {@code array_to_tsvector}. */
	private static String tsvector(List<String> terms) {
		StringBuilder v = new StringBuilder();
		for (String t : terms) {
			v.append((v.length() > 0) ? " '" : "'").append(t.replace("\\", "\\\\").replace("'", "''")).append('\'');
		}
		return v.toString();
	}

	/** One row of COPY's text format. */
	private static void copyRow(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			out.append((i > 0) ? "\t" : "");
			if (values[i] == null) {
				out.append("\\N");
				continue;
			}
			String v = values[i].toString();
			for (int c = 0; c < v.length(); c++) {
				char ch = v.charAt(c);
				switch (ch) {
					case '\\' -> out.append("\\\\");
					case '\t' -> out.append("\\t");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					default -> out.append(ch);
				}
			}
		}
		out.append('\n');
	}

	/**
	 * The words texts are made of, most frequent first: the region's own words, then a
	 * long tail of made-up Cyrillic and Latin words.
	 */
	private static List<String> vocabulary(Random random) {
		String[] cyrillic = { "ка", "ло", "ми", "тра", "ну", "зе", "ров", "ста", "пе", "да", "ри", "гу", "ман", "бек",
				"жол", "ат", "ос", "ен", "ҳо", "қу", "ғи", "ӣ", "ти", "ли", "вар", "шо", "ю", "ба" };
		String[] latin = { "ka", "lo", "mi", "tra", "nu", "ze", "rov", "sta", "pe", "da", "ri", "gu", "man", "bek",
				"jol", "at", "os", "en", "sh", "qo", "gʻi", "ti", "li", "var", "xo", "yu", "ba" };
		List<String> words = new ArrayList<>(DOMAIN);
		java.util.Set<String> seen = new java.util.HashSet<>(DOMAIN);
		while (words.size() < 30_000) {
			String[] syllables = (random.nextInt(10) < 7) ? cyrillic : latin;
			StringBuilder word = new StringBuilder();
			int n = 2 + random.nextInt(3);
			for (int i = 0; i < n; i++) {
				word.append(syllables[random.nextInt(syllables.length)]);
			}
			if (seen.add(word.toString())) {
				words.add(word.toString());
			}
		}
		return words;
	}

	private static double[] zipf(int n) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1.0 / (i + 1);
			cumulative[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	private static int sample(double[] cumulative, Random random) {
		int i = Arrays.binarySearch(cumulative, random.nextDouble());
		return Math.min(cumulative.length - 1, (i >= 0) ? i : -i - 1);
	}

}
