package org.hamkori.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a secretariat does in a real browser: log in, pick a language, find an
 * institution, filter members with htmx; and that the pages work on a phone and from the
 * keyboard.
 */
class SecretariatJourneyTests extends BrowserTestSupport {

	static final String TJ_MECHANISM_RU = "Страновой координационный механизм Таджикистана";

	static final String NATIONAL_BANK_RU = "Национальный банк Таджикистана";

	static final String FOCAL_POINT_EMAIL = "b.sharipov@nbt.example.tj";

	@Test
	void secretariatLogsInSwitchesToRussianAndOpensTheNationalBank() {
		logIn(this.page, "secretariat.tj");

		languageLink(this.page, "Русский").click();
		assertThat(html(this.page)).hasAttribute("lang", "ru");

		Locator mechanisms = this.page.locator("header.site nav a[href='/mechanisms']");
		assertThat(mechanisms).hasText("Механизмы");
		mechanisms.click();
		link(this.page.locator("main"), TJ_MECHANISM_RU).click();

		assertThat(this.page).hasURL(Pattern.compile(".*/mechanisms/CCM-TJ$"));
		assertThat(this.page.locator("main h1")).hasText(TJ_MECHANISM_RU);
		Locator results = this.page.locator("#results");
		assertThat(results.locator("a[href='mailto:" + FOCAL_POINT_EMAIL + "']")).hasText(FOCAL_POINT_EMAIL);

		link(results, NATIONAL_BANK_RU).click();

		assertThat(this.page).hasURL(Pattern.compile(".*/organisations/[^/?#]+$"));
		assertThat(this.page.locator("main h1")).hasText(NATIONAL_BANK_RU);
		assertThat(html(this.page)).hasAttribute("lang", "ru");
	}

	@Test
	void languageChoiceIsRememberedForTheUser() {
		String user = "focal.nbt.tj";
		try {
			logIn(this.page, user);
			languageLink(this.page, "Тоҷикӣ").click();
			assertThat(html(this.page)).hasAttribute("lang", "tg");

			// a new browser without cookies: only the account can remember the choice
			// (logging
			// out itself is tested in SessionTests; clicking it here once hung a loaded
			// CI run)
			Page again = freshContext(new Browser.NewContextOptions());
			logIn(again, user);
			assertThat(html(again)).hasAttribute("lang", "tg");
			assertThat(again.locator("header.site nav a[href='/mechanisms']")).hasText("Механизмҳо");
		}
		finally {
			// The demo account starts in Russian; later tests should find it so.
			Page restore = freshContext(new Browser.NewContextOptions());
			logIn(restore, user);
			languageLink(restore, "Русский").click();
			assertThat(html(restore)).hasAttribute("lang", "ru");
		}
	}

	@Test
	void memberSearchFiltersWithoutReload() {
		this.page.navigate("/mechanisms/CCM-TJ");
		Locator results = this.page.locator("#results");
		assertThat(link(results, "Migration Service")).isVisible();
		this.page.evaluate("() => { window.__sameDocument = true; }");

		this.page.locator("form.filters input[name=q]").fill("Bank");

		assertThat(this.page).hasURL(Pattern.compile(".*[?&]q=Bank(&.*)?$"));
		assertThat(link(results, "National Bank of Tajikistan")).isVisible();
		assertThat(link(results, "Migration Service")).not().isVisible();
		assertEquals(Boolean.TRUE, this.page.evaluate("() => window.__sameDocument === true"),
				"the search must swap #results, not reload the page");
	}

	@Test
	void pageWorksOnAPhone() {
		Page phone = freshContext(new Browser.NewContextOptions().setViewportSize(375, 812));
		phone.navigate("/mechanisms/CCM-TJ");
		assertThat(phone.locator("#results article.institution").first()).isVisible();

		Object fits = phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
		assertTrue(Boolean.TRUE.equals(fits),
				() -> "horizontal overflow on a 375px screen: scrollWidth "
						+ phone.evaluate("() => document.documentElement.scrollWidth") + " > innerWidth "
						+ phone.evaluate("() => window.innerWidth"));
		assertThat(phone.locator("nav.languages")).isVisible();
		assertThat(languageLink(phone, "Русский")).isInViewport();
	}

	@Test
	void keyboardReachesTheMainContent() {
		this.page.navigate("/mechanisms/CCM-TJ");
		assertThat(this.page.locator("main h1")).isVisible();

		this.page.keyboard().press("Tab");
		assertThat(this.page.locator("a.skip")).isFocused();
		assertThat(this.page.locator("a.skip")).isInViewport();

		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(Pattern.compile(".*#main$"));

		// The next Tab continues inside the main content, not in the header.
		this.page.keyboard().press("Tab");
		assertThat(this.page.locator("#main :focus")).hasCount(1);
	}

	/**
	 * A language in the header: a link for visitors, a button of a POST form for
	 * signed-in users (their choice is stored on the account).
	 */
	private static Locator languageLink(Page page, String name) {
		return page.locator("nav.languages").getByText(name, new Locator.GetByTextOptions().setExact(true));
	}

	private static Locator link(Locator scope, String name) {
		return scope.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
