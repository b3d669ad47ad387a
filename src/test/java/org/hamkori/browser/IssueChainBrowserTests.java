package org.hamkori.browser;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.hamkori.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole chain in a real browser: an issue raised in CCM Tajikistan is escalated, the
 * RCM turns it into a regional recommendation sent back to Tajikistan, the CCM answers it
 * with an action, records the policy change that answers it, and closes the issue.
 * Selectors avoid visible text, since demo accounts keep their own interface language.
 */
class IssueChainBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void raiseEscalateRecommendAnswerChangePolicyClose() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String title = "Skills not recognised abroad " + suffix;

		// Tajikistan raises and escalates
		logIn(this.page, "secretariat.tj");
		this.page.navigate("/mechanisms/CCM-TJ/issues/new");
		this.page.locator("#title").fill(title);
		this.page.locator("#raisedBy").selectOption(org("MS", "TJ").toString());
		this.page.locator("input[name=gcm][value='18']").check();
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("h1")).hasText(title);
		UUID issue = idFromUrl(this.page);
		this.page.locator("#status").selectOption("UNDER_DISCUSSION");
		this.page.locator("form[action$='/status'] button").click();
		assertEquals("UNDER_DISCUSSION", status(issue));
		this.page.locator("#esc-note").fill("Recognition needs the destination countries " + suffix);
		this.page.locator("form[action$='/escalate'] button").click();
		assertEquals("ESCALATED", status(issue));

		// the RCM brings it to a regional issue and sends a recommendation back
		Page region = freshContext(new Browser.NewContextOptions());
		logIn(region, "regional");
		region.navigate("/regional/escalations");
		UUID escalation = this.jdbc.sql("select id from escalation where issue_id = ?")
			.param(issue)
			.query(UUID.class)
			.single();
		region.locator("input[name=escalation][value='" + escalation + "']").check();
		region.locator("#title").fill("Regional skills recognition " + suffix);
		region.locator("form[action$='/merge'] button").click();
		UUID regional = idFromUrl(region);
		region.locator("#rec-text").fill("Agree a regional framework for recognising skills " + suffix);
		region.locator("input[type=checkbox][name=target]").first().check();
		region.locator("form[action$='/recommendations'] button").click();
		Locator recommendation = region.locator("#recommendations article").first();
		recommendation.locator("input[name=mechanism][value='CCM-TJ']").check();
		recommendation.locator("form[action$='/send'] button").click();
		assertThat(region.locator("#recommendations article").first()).containsText("CCM-TJ");

		// Tajikistan answers with an action, records the policy change, closes the issue
		Page tajik = freshContext(new Browser.NewContextOptions());
		logIn(tajik, "secretariat.tj");
		UUID arrived = this.jdbc
			.sql("select i.issue_id from incoming_item i join recommendation r on r.id = i.recommendation_id "
					+ "where r.issue_id = ?")
			.param(regional)
			.query(UUID.class)
			.single();
		tajik.navigate("/issues/" + arrived);
		tajik.locator("input[name=status][value=ACCEPTED]").check();
		tajik.locator("input[name=action]").first().check();
		tajik.locator("form[action*='/answer'] button").click();
		assertEquals("ACCEPTED",
				this.jdbc.sql("select status from incoming_item where issue_id = ?")
					.param(arrived)
					.query(String.class)
					.single());

		tajik.navigate("/mechanisms/CCM-TJ/policy-changes");
		tajik.locator("#kind").selectOption("REGULATION");
		tajik.locator("#title").fill("Regulation on recognition of skills acquired abroad " + suffix);
		tajik.locator("#referenceNumber").fill("R-" + suffix);
		tajik.locator("#adoptedOn").fill(LocalDate.now(TestClock.clock()).minusDays(1).toString());
		tajik.locator("#issuingBody").fill("Government of the Republic of Tajikistan");
		UUID recommendationId = this.jdbc.sql("select id from recommendation where issue_id = ?")
			.param(regional)
			.query(UUID.class)
			.single();
		tajik.locator("input[name=answers][value='" + recommendationId + "']").check();
		tajik.locator("form[action*='/policy-changes'] button[type=submit]").click();
		assertThat(tajik.locator("main ul").first()).containsText("R-" + suffix);
		assertEquals("POLICY_RESPONSE_ADOPTED", status(issue));

		tajik.navigate("/issues/" + issue);
		tajik.locator("#status").selectOption("CLOSED");
		tajik.locator("#note").fill("Answered by regulation R-" + suffix);
		tajik.locator("form[action$='/status'] button").click();
		assertEquals("CLOSED", status(issue));
		// the issue's page shows its whole path
		assertThat(tajik.locator("main .history")).containsText("R-" + suffix);
	}

	private static UUID idFromUrl(Page page) {
		String url = page.url().replaceAll("\\?.*$", "");
		return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
	}

	private String status(UUID issue) {
		return this.jdbc.sql("select status from issue where id = ?").param(issue).query(String.class).single();
	}

	private UUID org(String acronym, String country) {
		return this.jdbc.sql("select id from organisation where acronym = ? and country_code = ?")
			.params(acronym, country)
			.query(UUID.class)
			.single();
	}

}
