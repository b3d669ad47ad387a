package org.hamkori.browser;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.hamkori.meetings.Decision;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.results.ResultLevel;
import org.hamkori.search.PickerFixtures;
import org.hamkori.shared.security.Viewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guidance from a mechanism to the donor, in a real browser: the CCM Tajikistan
 * secretariat plans a new activity guided by a decision of its first meeting
 * (CCM-TJ/1/D1), picked by words with the keyboard, later marks it completed, drafts the
 * half-year progress report, and the report's Word document sent to the donor lists the
 * activity as done with the decision that guided it. Selectors avoid visible text, since
 * demo accounts keep their own interface language.
 */
class GuidedActivityBrowserTests extends BrowserTestSupport {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	static final String DECISION = "CCM-TJ/1/D1";

	/** The activity form's own button, not its search forms'. */
	static final String SAVE = "main form.stacked > .actions button[type=submit]";

	@Autowired
	ApplicationContext context;

	@Autowired
	MinutesBook minutes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDecisionGuidesANewActivityThatTheDonorReportShowsDone() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String title = "Fee cap briefing for recruiters " + suffix;
		UUID iom = this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
		ResultLevel output = new PickerFixtures(this.context).workplanOutput("Guided journey " + suffix);
		UUID programme = output.programmeId();

		// the secretariat plans the activity, guided by the decision it finds by two
		// words of its text
		Decision decision = this.minutes.findVisibleDecision(ADMIN, DECISION).orElseThrow();
		new PickerFixtures(this.context).reindex("decision", decision.id());
		String words = java.util.Arrays.stream(decision.text().in(java.util.Locale.ENGLISH).split("[^\\p{L}]+"))
			.distinct()
			.sorted(java.util.Comparator.comparingInt(String::length).reversed())
			.limit(2)
			.collect(Collectors.joining(" "));
		logIn(this.page, "secretariat.tj");
		this.page.navigate("/programmes/" + programme + "/workplan/new?output=" + output.id());
		this.page.locator("#code").fill("J1");
		this.page.locator("#titleEn").fill(title);
		this.page.locator("#area").selectOption("TJ");
		this.page.locator("#responsibleId").selectOption(iom.toString());
		this.page.locator("#startDate").fill("2025-02-03");
		this.page.locator("#endDate").fill("2025-03-14");
		this.page.locator("#status").selectOption("ONGOING");
		this.page.locator("#budgetAmount").fill("4250.50");
		this.page.locator("#budgetCurrency").selectOption("USD");
		// picked by words of its text, from the keyboard: typeahead, then Space on the
		// found decision
		this.page.locator("#guidedByq").fill(words);
		Locator choice = this.page.locator("#guidedBy-choices input[value='decision:" + decision.id() + "']");
		tickByKeyboard(this.page, choice);
		// Enter in a search box finds and never saves
		this.page.locator("#changeCauseq").fill("Nomatch" + suffix);
		this.page.locator("#changeCauseq").press("Enter");
		assertThat(this.page.locator("#changeCause-choices .empty")).isVisible();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/workplan/new\\?output=[0-9a-f-]+$"));
		assertThat(choice).isChecked();
		this.page.locator(SAVE).click();
		this.page.waitForURL("**/workplan?saved");
		UUID activity = this.jdbc.sql("select id from workplan_activity where programme_id = ? and code = 'J1'")
			.param(programme)
			.query(UUID.class)
			.single();
		assertThat(this.page.locator("main")).containsText(DECISION);
		assertThat(this.page.locator("main a[href='/workplan/" + activity + "/edit']")).hasCount(1);

		// and marks it completed
		this.page.locator("main a[href='/workplan/" + activity + "/edit']").click();
		assertThat(this.page.locator("input[name=guidedBy][value='" + DECISION + "']")).isChecked();
		this.page.locator("#status").selectOption("COMPLETED");
		this.page.locator(SAVE).click();
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
		this.page.navigate("/programmes/" + programme + "/reports");
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
