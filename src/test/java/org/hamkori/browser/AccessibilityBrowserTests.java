package org.hamkori.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on the key pages, in English and
 * Russian, on a desktop and on a 390-px phone: no violation. axe is evaluated into each
 * page by Playwright (through the browser's debugging protocol), so the pages keep their
 * strict Content Security Policy: no CSP bypass and no script tag (decision 0029). One
 * signed-in context serves every run; only its viewport and language change.
 */
class AccessibilityBrowserTests extends BrowserTestSupport {

	static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@Autowired
	JdbcClient jdbc;

	@Test
	void keyPagesHaveNoWcag22AaViolationInTwoLanguagesAndTwoSizes() {
		Page page = freshContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
		List<String> paths = new ArrayList<>(KeyPages.of(this.jdbc));
		assertThat(paths).hasSizeGreaterThanOrEqualTo(15);
		List<String> violations = new ArrayList<>();
		// the sign-in page, before signing in
		page.navigate("/login");
		violations.addAll(violations(page, "en desktop /login"));
		logIn(page, "secretariat.tj");
		for (String lang : List.of("en", "ru")) {
			page.navigate("/mechanisms?lang=" + lang);
			for (int[] size : new int[][] { { 1280, 800 }, { 390, 844 } }) {
				page.setViewportSize(size[0], size[1]);
				for (String path : paths) {
					assertThat(page.navigate(path).status()).as("status of %s", path).isEqualTo(200);
					assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
					violations.addAll(violations(page, lang + " " + size[0] + " " + path));
				}
			}
		}
		assertThat(violations).as("axe violations").isEmpty();
	}

	@Test
	void theEntryGridAsItsReporterSeesItHasNoViolation() {
		Page page = freshContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		logIn(page, "focal.nbt.tj");
		assertThat(page.navigate(KeyPages.grid(this.jdbc)).status()).isEqualTo(200);
		List<String> violations = new ArrayList<>(violations(page, "390 grid"));
		page.setViewportSize(1280, 800);
		violations.addAll(violations(page, "1280 grid"));
		assertThat(violations).isEmpty();
	}

	private static List<String> violations(Page page, String where) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
		assertThat(results.getErrorMessage()).as("axe ran on %s", where).isNull();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			found.add(where + ": " + rule.getId() + " "
					+ rule.getNodes()
						.stream()
						.map((n) -> String.valueOf(n.getTarget()))
						.limit(5)
						.collect(Collectors.joining(", ")));
		}
		return found;
	}

}
