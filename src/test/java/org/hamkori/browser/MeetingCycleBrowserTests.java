package org.hamkori.browser;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

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
 * The meeting cycle in a real browser: the CCM Tajikistan secretariat plans a meeting,
 * adds an agenda item, announces it, records who came, writes bilingual minutes with a
 * decision and an action for the National Bank, circulates and adopts them; then the
 * Bank's focal point reports the action in progress.
 */
class MeetingCycleBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void fromPlanToAdoptedMinutesToAnActionInProgress() {
		// selectors avoid visible text: demo accounts keep their own interface language
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String itemTitle = "Remittance data exchange " + suffix;
		String actionTitle = "Send remittance figures " + suffix;
		LocalDate day = LocalDate.now(TestClock.clock()).plusDays(10);

		logIn(this.page, "secretariat.tj");
		this.page.navigate("/mechanisms/CCM-TJ/meetings");
		this.page.locator("a[href$='/meetings/new']").click();
		this.page.locator("#title").fill("Browser meeting " + suffix);
		this.page.locator("#startsAt").fill(day + "T10:00");
		this.page.locator("#endsAt").fill(day + "T12:30");
		assertThat(this.page.locator("#timeZone")).hasValue("Asia/Dushanbe");
		this.page.locator("#venue").fill("Dushanbe, Ministry of Labour");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("h1")).containsText("Browser meeting " + suffix);
		String meetingUrl = this.page.url().replaceAll("\\?.*$", "");
		UUID meeting = UUID.fromString(meetingUrl.substring(meetingUrl.lastIndexOf('/') + 1));

		// an agenda item, then announce and hold
		this.page.locator("#titleEn").fill(itemTitle);
		this.page.locator("#titleRu").fill(itemTitle);
		this.page.locator("#kind").selectOption("DECISION");
		this.page.locator("form[action$='/agenda'] button[type=submit]").click();
		assertThat(this.page.locator("ol.agenda")).containsText(itemTitle);
		this.page.locator("form[action$='/announce'] button").click();
		assertThat(this.page.locator("form[action$='/held'] button")).isVisible();
		assertEquals("ANNOUNCED", status(meeting));
		this.page.locator("form[action$='/held'] button").click();
		assertThat(this.page.locator("form[action$='/held']")).hasCount(0);

		// attendance
		this.page.locator("nav.tabs a[href$='/attendance']").click();
		this.page.getByLabel(Pattern.compile("Bahrom Sharipov")).check();
		this.page.getByLabel(Pattern.compile("Firuza Karimova")).check();
		this.page.locator("form[action$='/attendance/members'] button").click();
		assertThat(this.page.locator("main table")).containsText("Bahrom Sharipov");
		assertThat(this.page.locator("main table")).containsText("Firuza Karimova");

		// minutes in Russian and English
		this.page.locator("nav.tabs a[href$='/minutes']").click();
		writeMinutes("ru", "Заседание открыла председатель.", "Банк представит данные ежеквартально.");
		writeMinutes("en", "The chair opened the meeting.", "The Bank will share data every quarter.");
		assertThat(this.page.locator(".side-by-side").first()).containsText("The Bank will share data every quarter.");

		// a decision and its action for the National Bank
		String item = this.page.locator("#agendaItemId option", new Page.LocatorOptions().setHasText(itemTitle))
			.getAttribute("value");
		this.page.locator("#agendaItemId").selectOption(item);
		this.page.locator("#new-decision-ru").fill("Банк ежеквартально передаёт данные о переводах.");
		this.page.locator("#new-decision-en").fill("The Bank shares remittance data every quarter.");
		this.page.locator("form[action$='/decisions'] button[type=submit]").click();
		Locator decision = this.page.locator("#decision-1");
		assertThat(decision).containsText("/D1");
		Locator addAction = decision.locator("details:has(form[action$='/actions'])");
		addAction.locator("summary").click();
		addAction.locator("input[name='action[en]']").fill(actionTitle);
		addAction.locator("input[name='action[ru]']").fill(actionTitle);
		addAction.locator("select[name=ownerOrganisationId]").selectOption(bank().toString());
		addAction.locator("input[name=dueDate]").fill(day.plusDays(30).toString());
		addAction.locator("button[type=submit]").click();
		assertThat(this.page.locator("#decision-1")).containsText(actionTitle);

		// circulate and adopt
		this.page.locator("#deadline").fill(LocalDate.now(TestClock.clock()).plusDays(7).toString());
		this.page.locator("form[action$='/circulate'] button").click();
		assertThat(this.page.locator("form[action$='/adopt'] button")).isVisible();
		this.page.locator("form[action$='/adopt'] button").click();
		assertThat(this.page.locator("form[action$='/adopt']")).hasCount(0);
		assertThat(this.page.locator("a[href$='/minutes/ru/edit']")).hasCount(0);
		assertEquals("MINUTES_ADOPTED", status(meeting));

		// the National Bank's focal point reports progress
		Page bank = freshContext(new Browser.NewContextOptions());
		logIn(bank, "focal.nbt.tj");
		bank.navigate("/actions/mine");
		bank.locator("main a", new Page.LocatorOptions().setHasText(actionTitle)).first().click();
		bank.locator("#status").selectOption("IN_PROGRESS");
		bank.locator("#note").fill("Figures for the first quarter are being compiled " + suffix);
		bank.locator("form[action*='/updates'] button[type=submit]").click();
		assertThat(bank.locator("main")).containsText("Figures for the first quarter are being compiled " + suffix);
		assertEquals("IN_PROGRESS",
				this.jdbc.sql("select status from action_item where meeting_id = ?")
					.param(meeting)
					.query(String.class)
					.single());
	}

	private void writeMinutes(String language, String opening, String summary) {
		this.page.locator("a[href$='/minutes/" + language + "/edit']").click();
		this.page.locator("#summary-opening").fill(opening);
		this.page.locator("textarea[id^=summary-]").last().fill(summary);
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator(".notice").first()).isVisible();
		assertThat(this.page.locator(".side-by-side").first()).containsText(summary);
	}

	private String status(UUID meeting) {
		return this.jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single();
	}

	private UUID bank() {
		return this.jdbc.sql("select id from organisation where acronym = 'NBT'").query(UUID.class).single();
	}

}
