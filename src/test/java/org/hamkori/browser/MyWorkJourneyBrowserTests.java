package org.hamkori.browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.NewAction;
import org.hamkori.directory.Directory;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A focal point's day in a real browser: the chair of CCM Tajikistan follows an action of
 * the National Bank; the Bank's focal point signs in, lands on "My work", opens the
 * overdue action from there and reports progress; the chair's bell then counts it and the
 * list names the action. Selectors avoid visible text, since demo accounts keep their own
 * interface language.
 */
class MyWorkJourneyBrowserTests extends BrowserTestSupport {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	@Autowired
	ActionItems actions;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signInMyWorkOverdueActionProgressChairsBell() {
		String title = "Publish the quarterly remittance note " + UUID.randomUUID().toString().substring(0, 8);
		UUID bank = this.jdbc.sql("select id from organisation where acronym = 'NBT'").query(UUID.class).single();
		ActionItem action = this.actions
			.create(new NewAction(this.directory.mechanismOrThrow("CCM-TJ").id(), LocalizedText.of(Map.of("en", title)),
					bank, null, this.directory.today().minusDays(5), null, null, null), ADMIN);

		// the chair follows the action
		logIn(this.page, "chair.tj");
		this.page.navigate("/actions/" + action.id());
		this.page.locator("section.follow button[type=submit]").click();
		assertThat(this.page.locator("section.follow button[type=submit]")).hasAttribute("aria-pressed", "true");
		int unreadBefore = unread(this.page);

		// the Bank's focal point lands on My work and finds the overdue action there
		Page focal = freshContext(new Browser.NewContextOptions());
		logIn(focal, "focal.nbt.tj");
		assertThat(focal).hasURL(java.util.regex.Pattern.compile(".*/my-work$"));
		var item = focal.locator("#work-actions").locator("xpath=..").locator("a[href='/actions/" + action.id() + "']");
		assertThat(item).hasText(title);
		assertThat(item.locator("xpath=..").locator(".warn")).hasCount(1);
		item.click();
		assertThat(focal).hasURL(java.util.regex.Pattern.compile(".*/actions/" + action.id() + "$"));
		focal.locator("#status").selectOption("IN_PROGRESS");
		focal.locator("#note").fill("Draft sent to the Board for approval");
		focal.locator("form[action$='/updates'] button[type=submit]").click();
		assertThat(focal.locator("main")).containsText("Draft sent to the Board for approval");

		// the chair's bell counts the step, and the list names the action
		Page chair = freshContext(new Browser.NewContextOptions());
		logIn(chair, "chair.tj");
		chair.navigate("/mechanisms/CCM-TJ/home");
		assertThat(chair.locator("header.site a.bell .bell-count")).isVisible();
		assertThat(unread(chair)).isGreaterThan(unreadBefore);
		chair.locator("header.site a.bell").click();
		assertThat(chair.locator("main")).containsText(title);
	}

	/** The bell's count once it has loaded: 0 when it shows none. */
	private static int unread(Page page) {
		page.locator("header.site a.bell").waitFor();
		var count = page.locator("header.site a.bell .bell-count");
		return (count.count() == 0) ? 0 : Integer.parseInt(count.textContent().trim());
	}

}
