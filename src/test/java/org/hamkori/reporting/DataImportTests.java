package org.hamkori.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hamkori.HamkoriWebTest;
import org.hamkori.directory.Directory;
import org.hamkori.formats.SourceRow;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.Period;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.rules.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamkori.reporting.StatisticsTestSupport.reader;
import static org.hamkori.reporting.StatisticsTestSupport.row;

@HamkoriWebTest
class DataImportTests {

	@Autowired
	org.hamkori.reporting.web.DataMessages messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	DataImport imports;

	@Autowired
	Submissions submissions;

	StatisticsTestSupport support;

	Viewer focal;

	Viewer secretariat;

	@BeforeEach
	void setUp() {
		this.support = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets);
		this.focal = this.support.viewer("focal.nbt.tj");
		this.secretariat = this.support.viewer("secretariat.tj");
	}

	long stored(Obligation o) {
		return this.jdbc.sql(
				"select count(*) from data_value v join submission s on s.id = v.submission_id where s.obligation_id = ?")
			.param(o.id())
			.query(Long.class)
			.single();
	}

	ImportReport save(Obligation o, List<SourceRow> rows) {
		return this.imports.run(new DataImport.Request(o.id(), false, null), reader(rows), this.focal);
	}

	@Test
	void oneBadRowAmongNineHundredNinetyNineGoodOnesStoresNothingAndNamesTheRow() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		List<SourceRow> rows = new ArrayList<>();
		String[] areas = { "RUS", "KAZ", "TUR", "KOR", "ARE", "DEU", "GBR", "POL", "CHN", "USA", "_O" };
		String[] sexes = { "F", "M" };
		long line = 1;
		outer: for (int year = 2023; year <= 2025; year++) {
			for (int q = 1; q <= 4; q++) {
				for (String area : areas) {
					for (String sex : sexes) {
						rows.add(row(++line, "DEPARTURES", year + "-Q" + q, Long.toString(line), "COUNTERPART_AREA",
								area, "SEX", sex));
						if (rows.size() == 999) {
							break outer;
						}
					}
				}
			}
		}
		assertThat(rows).hasSize(264);
		while (rows.size() < 999) {
			rows.add(row(++line, "REMITTANCES", "2024-Q" + (1 + rows.size() % 4), "1.5", "COUNTERPART_AREA",
					areas[rows.size() % areas.length]));
		}
		// the remittance rows repeat keys with the same value: an identical resend within
		// a file is fine
		rows.add(500, row(9999, "DEPARTURES", "2024-Q2", "-12", "COUNTERPART_AREA", "RUS", "SEX", "F"));

		ImportReport report = save(o, rows);

		assertThat(report.stored()).isFalse();
		assertThat(report.errors()).isEqualTo(1);
		assertThat(report.problems()).singleElement().satisfies((p) -> {
			assertThat(p.line()).isEqualTo(9999);
			assertThat(p.key()).isEqualTo("data.row.value-negative");
		});
		assertThat(stored(o)).isZero();
		assertThat(this.submissions.ofObligation(o.id())).isEmpty();

		rows.remove(500);
		ImportReport good = save(o, rows);
		assertThat(good.stored()).as("%s", good.problems()).isTrue();
		assertThat(stored(o)).isEqualTo(264 + 44);
	}

	@Test
	void aThousandFiguresWithUpToTwelveDecimalsComeBackExactly() {
		java.util.Random random = new java.util.Random(1072);
		DataSet set = this.dataSets.create(StatisticsTestSupport.TJ, StatisticsTestSupport.uniqueCode("EXA"),
				org.hamkori.shared.i18n.LocalizedText.of("en", "Exact figures"),
				org.hamkori.indicators.Periodicity.QUARTERLY, Visibility.MEMBERS,
				List.of(new DataSet.Item("REMITTANCES", List.of("COUNTERPART_AREA"), false, null, null, null,
						BigDecimal.ONE)),
				this.secretariat);
		Obligation o = this.dataSets.addObligation(set.id(), this.support.organisation("NBT", "TJ"), 30,
				Period.of("2000-Q1"), this.secretariat);
		String[] areas = { "RUS", "KAZ", "TUR", "KOR", "ARE", "DEU", "GBR", "POL", "CHN", "USA", "_O" };
		java.util.Map<String, String> sent = new java.util.HashMap<>();
		List<SourceRow> rows = new ArrayList<>();
		long line = 1;
		for (int year = 2000; rows.size() < 1000; year++) {
			for (int q = 1; q <= 4 && rows.size() < 1000; q++) {
				for (String area : areas) {
					String value = randomFigure(random);
					sent.put(year + "-Q" + q + "/" + area, value);
					rows.add(row(++line, "REMITTANCES", year + "-Q" + q, value, "COUNTERPART_AREA", area));
				}
			}
		}
		ImportReport report = save(o, rows);
		assertThat(report.stored()).as("%s", report.problems()).isTrue();
		java.util.Map<String, String> stored = new java.util.HashMap<>();
		for (Submission s : this.submissions.ofObligation(o.id())) {
			for (Submissions.Value v : this.submissions.values(s.id())) {
				stored.put(s.period().code() + "/" + v.codes().get(Dimensions.COLUMNS.indexOf("counterpart_area")),
						v.value().toPlainString());
			}
		}
		assertThat(stored).isEqualTo(sent);

		// a figure with 13 decimals is refused with its line, never rounded
		ImportReport refused = save(o,
				List.of(row(7, "REMITTANCES", "2000-Q1", "1.0000000000001", "COUNTERPART_AREA", "RUS")));
		assertThat(refused.stored()).isFalse();
		assertThat(refused.problems()).singleElement().satisfies((p) -> {
			assertThat(p.line()).isEqualTo(7);
			assertThat(p.key()).isEqualTo("data.row.value-too-precise");
		});
		assertThat(stored.get("2000-Q1/RUS")).isEqualTo(sent.get("2000-Q1/RUS"));
	}

	@Test
	void theReportingCountryIsKnownByNameAndTheRegionSaysWhyItRefusesOne() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		for (String written : List.of("TJK", "TJ", "Tajikistan", "Таджикистан", "Тоҷикистон")) {
			ImportReport report = this.imports.run(new DataImport.Request(o.id(), true, null),
					reader(List.of(row(2, "REMITTANCES", "2024-Q1", "10", "REF_AREA", written))), this.focal);
			assertThat(report.problems()).as(written).noneMatch((p) -> p.key().startsWith("data.row.ref-area"));
		}
		ImportReport other = this.imports.run(new DataImport.Request(o.id(), true, null),
				reader(List.of(row(2, "REMITTANCES", "2024-Q1", "10", "REF_AREA", "Kazakhstan"))), this.focal);
		assertThat(other.problems()).first().satisfies((p) -> {
			assertThat(p.key()).isEqualTo("data.row.ref-area");
			assertThat(p.arguments()).containsExactly("Kazakhstan", "TJK");
			// the mechanism's country is named in the reader's language, never its code
			assertThat(this.messages.text(p, java.util.Locale.ENGLISH))
				.isEqualTo("The file reports for \"Kazakhstan\", but this mechanism's country is Tajikistan.");
			assertThat(this.messages.text(p, java.util.Locale.forLanguageTag("ru")))
				.isEqualTo("Файл содержит данные по «Kazakhstan», а страна этого механизма — Таджикистан.");
		});
		assertThat(other.problems()).last().satisfies((p) -> {
			assertThat(p.key()).as("the other countries, named together").isEqualTo("data.row.other-countries-found");
			assertThat(p.arguments()).containsExactly("1", "Kazakhstan");
		});

		Viewer regional = this.support.viewer("regional");
		java.util.UUID rcm = this.directory.mechanism("RCM").orElseThrow().id();
		java.util.UUID member = this.directory.membershipsOfMechanism(rcm).get(0).organisationId();
		DataSet set = this.dataSets.create(rcm, StatisticsTestSupport.uniqueCode("RCM"),
				org.hamkori.shared.i18n.LocalizedText.of("en", "Regional remittances"),
				org.hamkori.indicators.Periodicity.QUARTERLY, Visibility.MEMBERS,
				List.of(new DataSet.Item("REMITTANCES", List.of("COUNTERPART_AREA"), false, null, null, null,
						BigDecimal.ONE)),
				regional);
		Obligation regionalObligation = this.dataSets.addObligation(set.id(), member, 30, Period.of("2024-Q1"),
				regional);
		ImportReport refused = this.imports.run(new DataImport.Request(regionalObligation.id(), true, null),
				reader(List.of(row(2, "REMITTANCES", "2024-Q1", "10", "REF_AREA", "TJK"))), regional);
		assertThat(refused.problems()).singleElement().satisfies((p) -> {
			assertThat(p.key()).isEqualTo("data.row.ref-area-regional");
			assertThat(p.arguments()).containsExactly("TJK", "RCM", "KAZ KGZ TJK UZB");
			// the region is named with the countries it covers, never left blank
			assertThat(this.messages.text(p, java.util.Locale.ENGLISH)).isEqualTo(
					"The file reports for \"TJK\", but this data set belongs to the Regional Coordination Mechanism, "
							+ "which covers Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan together: its data sets "
							+ "take no figures by reporting country yet, so leave that column out.");
			assertThat(this.messages.text(p, java.util.Locale.forLanguageTag("ru")))
				.contains("механизму «Региональный координационный механизм», который охватывает "
						+ "Казахстан, Кыргызстан, Таджикистан и Узбекистан вместе")
				.doesNotContain("{", " — .");
		});
	}

	/** Up to 15 digits before the point and 1 to 12 after it, the last one not a zero. */
	static String randomFigure(java.util.Random random) {
		StringBuilder value = new StringBuilder();
		int integerDigits = 1 + random.nextInt(15);
		value.append(1 + random.nextInt(9));
		for (int i = 1; i < integerDigits; i++) {
			value.append(random.nextInt(10));
		}
		value.append('.');
		int decimals = 1 + random.nextInt(12);
		for (int i = 1; i < decimals; i++) {
			value.append(random.nextInt(10));
		}
		value.append(1 + random.nextInt(9));
		return value.toString();
	}

	@Test
	void aDuplicateResendStoresNothingNew() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		List<SourceRow> rows = List.of(row(2, "REMITTANCES", "2024-Q1", "100.5"),
				row(3, "REMITTANCES", "2024-Q1", "60.5", "COUNTERPART_AREA", "Российская Федерация"),
				row(4, "REMITTANCES", "2024-Q1", "40", "COUNTERPART_AREA", "KAZ"));
		ImportReport first = save(o, rows);
		assertThat(first.valuesNew()).isEqualTo(3);
		long version = this.submissions.current(o.id(), Period.of("2024-Q1")).orElseThrow().version();

		ImportReport again = save(o, rows);

		assertThat(again.stored()).isTrue();
		assertThat(again.valuesNew()).isZero();
		assertThat(again.valuesChanged()).isZero();
		assertThat(again.valuesUnchanged()).isEqualTo(3);
		assertThat(stored(o)).isEqualTo(3);
		assertThat(this.submissions.current(o.id(), Period.of("2024-Q1")).orElseThrow().version()).isEqualTo(version);
		assertThat(this.submissions.ofObligation(o.id())).hasSize(1);
	}

	@Test
	void aDuplicateRowWithAnotherValueIsRefused() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		ImportReport report = save(o, List.of(row(2, "REMITTANCES", "2024-Q1", "10", "COUNTERPART_AREA", "RUS"),
				row(7, "REMITTANCES", "2024-Q1", "11", "COUNTERPART_AREA", "rus")));
		assertThat(report.stored()).isFalse();
		assertThat(report.problems()).singleElement().satisfies((p) -> {
			assertThat(p.key()).isEqualTo("data.row.duplicate-conflict");
			assertThat(p.line()).isEqualTo(7);
			assertThat(p.arguments()).containsExactly("10");
		});
		assertThat(stored(o)).isZero();
	}

	@Test
	void rowChecksNameEachBadRow() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		ImportReport report = save(o,
				List.of(row(2, "NOPE", "2024-Q1", "1"),
						row(3, "REMITTANCES", "2024-Q1", "1", "COUNTERPART_AREA", "XXX"),
						row(4, "REMITTANCES", "2024-Q1", "twelve"), row(5, "REMITTANCES", "2099-Q2", "1"),
						row(6, "REMITTANCES", "2099-Q1", "1"), row(7, "REMITTANCES", "2024-03", "1"),
						row(8, "DEPARTURES", "2024-Q1", "20000000"), row(9, "REMITTANCES", "2024-Q1", "1", "SEX", "F"),
						row(10, "REMITTANCES", "2024-Q1", "1", "REF_AREA", "KAZ"),
						row(11, "REMITTANCES", "2024-Q1", "1", "REF_AREA", "TJK")));
		assertThat(report.problems()).extracting(ImportReport.Problem::line, ImportReport.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "data.row.indicator-unknown"),
					org.assertj.core.groups.Tuple.tuple(3L, "data.row.code-unknown"),
					org.assertj.core.groups.Tuple.tuple(4L, "data.row.value-not-number"),
					org.assertj.core.groups.Tuple.tuple(5L, "data.row.period-outside"),
					org.assertj.core.groups.Tuple.tuple(6L, "data.row.period-outside"),
					org.assertj.core.groups.Tuple.tuple(7L, "data.row.period-periodicity"),
					org.assertj.core.groups.Tuple.tuple(8L, "data.row.value-above"),
					org.assertj.core.groups.Tuple.tuple(9L, "data.row.dimension-not-collected"),
					org.assertj.core.groups.Tuple.tuple(10L, "data.row.ref-area"),
					org.assertj.core.groups.Tuple.tuple(0L, "data.row.other-countries-found"));
		assertThat(stored(o)).isZero();
	}

	@Test
	void totalsMustEqualTheirBreakdownsAndRequiredTotalsBlockSubmitting() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		// a draft keeps the work: a total that differs from its breakdown only warns
		ImportReport bad = save(o, List.of(row(2, "DEPARTURES", "2024-Q1", "100"),
				row(3, "DEPARTURES", "2024-Q1", "60", "SEX", "F"), row(4, "DEPARTURES", "2024-Q1", "30", "SEX", "M")));
		assertThat(bad.stored()).isTrue();
		assertThat(bad.errors()).isZero();
		assertThat(bad.problems()).extracting(ImportReport.Problem::key).contains("data.rule.total-mismatch");
		assertThat(bad.problems()).filteredOn((p) -> p.key().equals("data.rule.total-mismatch"))
			.singleElement()
			.satisfies((p) -> assertThat(p.arguments()).containsExactly("100", "90", "SEX", "1", "10"));
		assertThat(stored(o)).isEqualTo(3);

		// and blocks the submission
		Submission mismatched = this.submissions.current(o.id(), Period.of("2024-Q1")).orElseThrow();
		assertThat(this.submissions.submit(mismatched.id(), mismatched.version(), this.focal))
			.filteredOn(ImportReport.Problem::isError)
			.extracting(ImportReport.Problem::key)
			.contains("data.rule.total-mismatch", "data.rule.required");
		assertThat(this.submissions.find(mismatched.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.DRAFT);

		ImportReport good = save(o, List.of(row(2, "DEPARTURES", "2024-Q1", "100"),
				row(3, "DEPARTURES", "2024-Q1", "60", "SEX", "F"), row(4, "DEPARTURES", "2024-Q1", "40", "SEX", "M")));
		assertThat(good.stored()).isTrue();
		assertThat(good.problems()).extracting(ImportReport.Problem::key).containsExactly("data.rule.required");
		assertThat(good.warnings()).isEqualTo(1);

		Submission draft = this.submissions.current(o.id(), Period.of("2024-Q1")).orElseThrow();
		List<ImportReport.Problem> refused = this.submissions.submit(draft.id(), draft.version(), this.focal);
		assertThat(refused).extracting(ImportReport.Problem::key).containsExactly("data.rule.required");
		assertThat(this.submissions.find(draft.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.DRAFT);
	}

	@Test
	void aLargeChangeSincePreviousPeriodNeedsANoteBeforeSubmitting() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		approve(o, "2024-Q1", List.of(row(2, "REMITTANCES", "2024-Q1", "100")));
		ImportReport jump = save(o, List.of(row(2, "REMITTANCES", "2024-Q2", "180")));
		assertThat(jump.stored()).isTrue();
		assertThat(jump.problems()).extracting(ImportReport.Problem::key)
			.containsExactly("data.rule.change-needs-note");
		Submission draft = this.submissions.current(o.id(), Period.of("2024-Q2")).orElseThrow();
		assertThat(this.submissions.submit(draft.id(), draft.version(), this.focal))
			.extracting(ImportReport.Problem::key)
			.containsExactly("data.rule.change-needs-note");

		save(o, List
			.of(SourceRow.of(2, "REMITTANCES", "2024-Q2", java.util.Map.of(), "180", "New corridor opened in April")));
		draft = this.submissions.current(o.id(), Period.of("2024-Q2")).orElseThrow();
		assertThat(this.submissions.submit(draft.id(), draft.version(), this.focal)).isEmpty();
	}

	@Test
	void approvalLocksPublishesAndARevisionKeepsTheHistory() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		approve(o, "2024-Q3", List.of(row(2, "REMITTANCES", "2024-Q3", "100")));
		assertThat(published(o, "2024-Q3")).isEqualByComparingTo("100");

		ImportReport locked = save(o, List.of(row(2, "REMITTANCES", "2024-Q3", "120")));
		assertThat(locked.stored()).isFalse();
		assertThat(locked.problems()).extracting(ImportReport.Problem::key).containsExactly("data.period.approved");

		ImportReport revision = this.imports.run(new DataImport.Request(o.id(), false, "Bank corrected its survey"),
				reader(List.of(row(2, "REMITTANCES", "2024-Q3", "120"))), this.focal);
		assertThat(revision.stored()).isTrue();
		assertThat(published(o, "2024-Q3")).as("the approved figure stays until the revision is approved")
			.isEqualByComparingTo("100");
		Submission draft = this.submissions.current(o.id(), Period.of("2024-Q3")).orElseThrow();
		assertThat(draft.revision()).isEqualTo(2);
		assertThat(draft.revisionReason()).isEqualTo("Bank corrected its survey");
		assertThat(this.submissions.submit(draft.id(), draft.version(), this.focal)).isEmpty();
		draft = this.submissions.find(draft.id()).orElseThrow();
		this.submissions.approve(draft.id(), draft.version(), this.secretariat);

		assertThat(published(o, "2024-Q3")).isEqualByComparingTo("120");
		assertThat(this.submissions.versions(o.id(), Period.of("2024-Q3"))).extracting(Submission::status)
			.containsExactly(SubmissionStatus.APPROVED, SubmissionStatus.SUPERSEDED);
	}

	@Test
	void aReturnedReportGoesBackToItsReportersWithTheComment() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		save(o, List.of(row(2, "REMITTANCES", "2024-Q4", "100")));
		Submission draft = this.submissions.current(o.id(), Period.of("2024-Q4")).orElseThrow();
		this.submissions.submit(draft.id(), draft.version(), this.focal);
		Submission submitted = this.submissions.find(draft.id()).orElseThrow();
		assertThatThrownBy(() -> this.submissions.giveBack(submitted.id(), submitted.version(), " ", this.secretariat))
			.isInstanceOf(RuleViolation.class);
		this.submissions.giveBack(submitted.id(), submitted.version(), "Q4 excludes December", this.secretariat);
		Submission returned = this.submissions.find(draft.id()).orElseThrow();
		assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
		assertThat(returned.returnComment()).isEqualTo("Q4 excludes December");
		assertThat(this.submissions.steps(draft.id())).extracting(Submission.Step::status)
			.containsExactly(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED, SubmissionStatus.RETURNED);
	}

	@Test
	void concurrentApprovalAndEditEndWithOneOfThemDone() throws Exception {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		save(o, List.of(row(2, "REMITTANCES", "2025-Q1", "100")));
		Submission draft = this.submissions.current(o.id(), Period.of("2025-Q1")).orElseThrow();
		this.submissions.submit(draft.id(), draft.version(), this.focal);
		Submission submitted = this.submissions.find(draft.id()).orElseThrow();

		java.util.concurrent.atomic.AtomicInteger turns = new java.util.concurrent.atomic.AtomicInteger();
		List<String> outcomes = org.hamkori.TestThreads.atOnce(2, () -> {
			int i = turns.getAndIncrement();
			try {
				if (i == 0) {
					this.submissions.approve(submitted.id(), submitted.version(), this.secretariat);
					return "approved";
				}
				ImportReport r = save(o, List.of(row(2, "REMITTANCES", "2025-Q1", "130")));
				return r.stored() ? "edited" : r.problems().get(0).key();
			}
			catch (RuntimeException ex) {
				return ex.getClass().getSimpleName();
			}
		});

		Submission after = this.submissions.find(submitted.id()).orElseThrow();
		BigDecimal value = this.jdbc.sql("select obs_value from data_value where submission_id = ?")
			.param(after.id())
			.query(BigDecimal.class)
			.single();
		if (after.status() == SubmissionStatus.APPROVED) {
			assertThat(outcomes).contains("approved").doesNotContain("edited");
			assertThat(value).isEqualByComparingTo("100");
			assertThat(published(o, "2025-Q1")).isEqualByComparingTo("100");
		}
		else {
			assertThat(outcomes).contains("edited").doesNotContain("approved");
			assertThat(after.status()).isEqualTo(SubmissionStatus.DRAFT);
			assertThat(value).isEqualByComparingTo("130");
			assertThat(publishedCount(o)).isZero();
		}
	}

	void approve(Obligation o, String period, List<SourceRow> rows) {
		ImportReport report = save(o, rows);
		assertThat(report.stored()).as("%s", report.problems()).isTrue();
		Submission draft = this.submissions.current(o.id(), Period.of(period)).orElseThrow();
		assertThat(this.submissions.submit(draft.id(), draft.version(), this.focal)).isEmpty();
		Submission submitted = this.submissions.find(draft.id()).orElseThrow();
		this.submissions.approve(submitted.id(), submitted.version(), this.secretariat);
	}

	BigDecimal published(Obligation o, String period) {
		return this.jdbc
			.sql("select obs_value from published_value where obligation_id = ? and period = ?"
					+ " and indicator = 'REMITTANCES' and counterpart_area = '_T'")
			.params(o.id(), period)
			.query(BigDecimal.class)
			.single();
	}

	long publishedCount(Obligation o) {
		return this.jdbc.sql("select count(*) from published_value where obligation_id = ?")
			.param(o.id())
			.query(Long.class)
			.single();
	}

}
