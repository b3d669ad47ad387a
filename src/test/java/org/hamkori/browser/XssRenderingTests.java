package org.hamkori.browser;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Names typed by a secretariat are shown as text, never run: each entry of a small XSS
 * corpus is saved as a new member's name and must come back literally on the members page
 * and the person's page, without any script running or dialog opening.
 */
class XssRenderingTests extends BrowserTestSupport {

	private final List<String> dialogs = new CopyOnWriteArrayList<>();

	@BeforeEach
	void failOnAnyDialog() {
		this.dialogs.clear();
		this.page.onDialog((dialog) -> {
			this.dialogs.add(dialog.type() + ": " + dialog.message());
			dialog.dismiss();
			fail("A script opened a dialog: " + dialog.message());
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>window.__xss=1</script>", "<img src=x onerror=\"window.__xss=1\">",
			"\"><svg onload=window.__xss=1>", "javascript:alert(1)", "<a href=\"javascript:alert(1)\">x</a>",
			"</td></tr><script>alert(1)</script>", "{{7*7}} [[${7*7}]] <b onmouseover=alert(1)>b</b>" })
	void memberNamesFromAnXssCorpusRenderAsText(String payload) {
		String name = payload + " " + UUID.randomUUID().toString().substring(0, 8);
		logIn(this.page, "secretariat.tj");

		this.page.navigate("/mechanisms/CCM-TJ/memberships/new");
		this.page.locator("#organisationId").selectOption(new SelectOption().setIndex(1));
		this.page.locator("[id='newPerson.fullName']").fill(name);
		this.page.locator("main form button[type=submit]").click();
		assertSaved(this.page);

		this.page.navigate("/mechanisms/CCM-TJ");
		Locator results = this.page.locator("#results");
		Locator shown = results.getByText(name, new Locator.GetByTextOptions().setExact(true));
		assertThat(shown).isVisible();
		assertThat(shown).hasText(name);
		assertTrue(bodyText(this.page).contains(payload), "the name must appear literally in the page");
		assertNothingInjected(this.page, results);

		shown.click();
		assertThat(this.page).hasURL(Pattern.compile(".*/people/[^/?#]+$"));
		assertThat(this.page.locator("main h1")).hasText(name);
		assertNothingInjected(this.page, this.page.locator("main"));
	}

	private static void assertSaved(Page page) {
		try {
			assertThat(page).hasURL(Pattern.compile(".*/mechanisms/CCM-TJ\\?saved$"));
		}
		catch (AssertionFailedError ex) {
			throw new AssertionFailedError("The new member was not saved; the page shows:\n"
					+ page.locator("main").innerText() + "\n" + ex.getMessage(), ex);
		}
	}

	private void assertNothingInjected(Page page, Locator scope) {
		assertEquals("undefined", page.evaluate("() => typeof window.__xss"), "a payload ran");
		assertThat(scope.locator("script, svg, img, b, [onerror], [onload], [onmouseover], a[href^='javascript:']"))
			.hasCount(0);
		assertEquals(List.of(), this.dialogs, "dialogs opened");
	}

	private static String bodyText(Page page) {
		return (String) page.evaluate("() => document.body.innerText");
	}

}
