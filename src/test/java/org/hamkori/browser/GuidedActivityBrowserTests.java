package org.hamkori.browser;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.microsoft.playwright.Download;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.results.LevelDetails;
import org.hamkori.results.ResultKind;
import org.hamkori.results.ResultLevel;
import org.hamkori.results.ResultsFramework;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guidance from a mechanism to the donor, in a real browser: the CCM Tajikistan
 * secretariat plans a new activity guided by a decision of its first meeting
 * (CCM-TJ/1/D1), later marks it completed, drafts the half-year progress report, and the
 * report's Word document sent to the donor lists the activity as done with the decision
 * that guided it. Selectors avoid visible text, since demo accounts keep their own
 * interface language.
 */
class GuidedActivityBrowserTests extends BrowserTestSupport {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	static final String DECISION = "CCM-TJ/1/D1";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeRegister register;

	@Autowired
	ResultsFramework framework;

	@Test
	void aDecisionGuidesANewActivityThatTheDonorReportShowsDone() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String title = "Fee cap briefing for recruiters " + suffix;
		UUID iom = this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
		Programme programme = this.register.create(
				this.jdbc.sql("select id from mechanism where code = 'CCM-TJ'").query(UUID.class).single(),
				new ProgrammeDetails(iom, null, LocalizedText.of("en", "Guided journey " + suffix), null,
						LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), EnumSet.of(ProgrammeTheme.PROTECTION),
						null, BudgetBand.UNKNOWN, null, null, Visibility.MEMBERS),
				ADMIN);
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", LocalizedText.of("en", "Protection")), ADMIN);
		ResultLevel output = this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", LocalizedText.of("en", "Recruiters informed")),
				ADMIN);

		// the secretariat plans the activity, guided by the decision
		logIn(this.page, "secretariat.tj");
		this.page.navigate("/programmes/" + programme.id() + "/workplan/new?output=" + output.id());
		this.page.locator("#code").fill("J1");
		this.page.locator("#titleEn").fill(title);
		this.page.locator("#area").selectOption("TJ");
		this.page.locator("#responsibleId").selectOption(iom.toString());
		this.page.locator("#startDate").fill("2025-02-03");
		this.page.locator("#endDate").fill("2025-03-14");
		this.page.locator("#status").selectOption("ONGOING");
		this.page.locator("#budgetAmount").fill("4250.50");
		this.page.locator("#budgetCurrency").selectOption("USD");
		this.page.locator("#guidedBy").fill(DECISION);
		this.page.locator("main form button[type=submit]").click();
		this.page.waitForURL("**/workplan?saved");
		UUID activity = this.jdbc.sql("select id from workplan_activity where programme_id = ? and code = 'J1'")
			.param(programme.id())
			.query(UUID.class)
			.single();
		assertThat(this.page.locator("main")).containsText(DECISION);
		assertThat(this.page.locator("main a[href='/workplan/" + activity + "/edit']")).hasCount(1);

		// and marks it completed
		this.page.locator("main a[href='/workplan/" + activity + "/edit']").click();
		assertThat(this.page.locator("#guidedBy")).hasValue(DECISION);
		this.page.locator("#status").selectOption("COMPLETED");
		this.page.locator("main form button[type=submit]").click();
		this.page.waitForURL("**/workplan?saved");
		Map<String, Object> stored = this.jdbc
			.sql("select status, budget_amount, budget_currency from workplan_activity where id = ?")
			.param(activity)
			.query()
			.singleRow();
		assertThat(stored.get("status")).isEqualTo("COMPLETED");
		assertThat(stored.get("budget_currency")).isEqualTo("USD");
		assertThat(new java.math.BigDecimal(stored.get("budget_amount").toString())).isEqualByComparingTo("4250.50");

		// drafts the half-year report, whose Word document goes to the donor
		this.page.navigate("/programmes/" + programme.id() + "/reports");
		this.page.locator("#period").fill("2025-H1");
		this.page.locator("main form button[type=submit]").click();
		this.page.waitForURL("**/results/reports/*");
		Download download = this.page
			.waitForDownload(() -> this.page.locator("main a[href*='report.docx'][href*='lang=en']").click());
		String text;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(download.path())))) {
			text = doc.getTables()
				.stream()
				.flatMap((t) -> t.getRows().stream())
				.map((r) -> r.getTableCells().stream().map((c) -> c.getText()).collect(Collectors.joining("|")))
				.collect(Collectors.joining("\n"));
		}
		// the activity's row names the decision that guided it, and the decision is
		// listed
		assertThat(text.lines().filter((l) -> l.contains("J1") && l.contains(title))).singleElement()
			.satisfies((row) -> assertThat(row).contains(DECISION));
		assertThat(text.lines().filter((l) -> l.startsWith(DECISION + "|"))).singleElement()
			.satisfies((row) -> assertThat(row).contains("J1"));
	}

}
