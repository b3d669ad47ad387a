package org.hamkori.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts that fit and figures in the reader's language, in a real browser: the
 * dashboard's charts fill their box on a desktop (two columns) and on a phone (one), and
 * follow it when the window changes; in Russian and Tajik the table, the chart's tooltip
 * and its axis group digits with the language's separator (a no-break space) and write
 * the decimal comma.
 */
class FiguresBrowserTests extends BrowserTestSupport {

	private static final Pattern GROUPED_NBSP = Pattern.compile("^-?\\d{1,3}(\u00a0\\d{3})+(,\\d+)?$");

	@Test
	void chartsFillTheirBoxOnADesktopAndOnAPhoneAndFollowIt() {
		Page page = freshContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		logIn(page, "secretariat.tj");
		page.navigate("/mechanisms/CCM-TJ/dashboard");
		Locator tiles = page.locator("article.tile");
		assertThat(tiles.first().locator(".chart.drawn canvas")).isVisible();
		assertThat(tiles.count()).isGreaterThanOrEqualTo(2);
		assertChartsFill(page);
		// two columns side by side on a desktop
		assertThat(tiles.nth(1).boundingBox().y).isEqualTo(tiles.nth(0).boundingBox().y);
		assertThat(tiles.nth(1).boundingBox().x).isGreaterThan(tiles.nth(0).boundingBox().x + 300);
		// the tables wait under "show table"
		assertThat(tiles.first().locator("details.figure-table")).not().hasAttribute("open", "");
		assertThat(page.locator("p.synthetic").first()).isVisible();

		// the same page turned into a phone: one column, the charts follow their box
		page.setViewportSize(390, 844);
		page.waitForFunction("() => { const c = document.querySelector('article.tile .chart canvas');"
				+ " return c && c.getBoundingClientRect().width < 400; }");
		assertThat(tiles.nth(1).boundingBox().y).isGreaterThan(tiles.nth(0).boundingBox().y);
		assertChartsFill(page);
		Object scrollsSideways = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
		assertThat(scrollsSideways).isEqualTo(false);
	}

	private static void assertChartsFill(Page page) {
		@SuppressWarnings("unchecked")
		List<List<Number>> widths = (List<List<Number>>) page
			.evaluate("() => Array.from(document.querySelectorAll('.chart.drawn')).map((chart) =>"
					+ " [chart.querySelector('canvas').getBoundingClientRect().width,"
					+ " chart.closest('.figure').getBoundingClientRect().width])");
		assertThat(widths).isNotEmpty();
		for (List<Number> pair : widths) {
			assertThat(pair.get(0).doubleValue()).as("canvas width against its box %s", pair)
				.isGreaterThanOrEqualTo(0.9 * pair.get(1).doubleValue());
		}
	}

	@Test
	void figuresAreGroupedInRussianAndTajikOnThePageAndInTheChart() {
		logIn(this.page, "secretariat.tj");
		for (String language : List.of("ru", "tg")) {
			this.page.navigate("/mechanisms/CCM-TJ/analytics?view=SERIES&indicator=REMITTANCES&lang=" + language);
			assertThat(html(this.page)).hasAttribute("lang", language);
			assertThat(this.page.locator(".chart.drawn canvas")).isVisible();
			List<String> cells = this.page.locator(".figure td.number").allTextContents();
			assertThat(cells).as(language).isNotEmpty().anyMatch((cell) -> GROUPED_NBSP.matcher(cell).matches());
			assertThat(cells).as(language).noneMatch((cell) -> cell.matches(".*\\d{4}.*"));
			// the tooltip's figures and the axis labels, through the chart's own
			// formatters
			Object tooltip = this.page.evaluate("() => document.querySelector('.chart.drawn').hamkoriChart"
					+ ".getOption().tooltip[0].valueFormatter(3026134000)");
			assertThat(tooltip).as(language).isEqualTo("3\u00a0026\u00a0134\u00a0000");
			Object decimals = this.page.evaluate("() => document.querySelector('.chart.drawn').hamkoriChart"
					+ ".getOption().tooltip[0].valueFormatter(1234.5)");
			assertThat(decimals).as(language).isEqualTo("1\u00a0234,5");
			Object axis = this.page.evaluate("() => document.querySelector('.chart.drawn').hamkoriChart"
					+ ".getOption().yAxis[0].axisLabel.formatter(250000)");
			assertThat(axis).as(language).isEqualTo("250\u00a0000");
		}
		// and English keeps its own signs
		this.page.navigate("/mechanisms/CCM-TJ/analytics?view=SERIES&indicator=REMITTANCES&lang=en");
		assertThat(this.page.locator(".chart.drawn canvas")).isVisible();
		Object english = this.page.evaluate("() => document.querySelector('.chart.drawn').hamkoriChart"
				+ ".getOption().tooltip[0].valueFormatter(3026134000.5)");
		assertThat(english).isEqualTo("3,026,134,000.5");
	}

	@Test
	void printingShowsTheContentWithWhereLinksGo() {
		logIn(this.page, "secretariat.tj");
		this.page.navigate("/mechanisms/CCM-TJ/issues");
		Locator issueLink = this.page.locator("main a[href^='/issues/']").first();
		assertThat(issueLink).isVisible();
		String href = issueLink.getAttribute("href");
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(this.page.locator("header.site")).isHidden();
		assertThat(issueLink).isVisible();
		Object after = this.page.evaluate("(link) => getComputedStyle(link, '::after').content",
				issueLink.elementHandle());
		assertThat((String) after).startsWith("\" (");

		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		this.page.navigate(href);
		assertThat(this.page.locator("main h1")).isVisible();
		assertThat(this.page.locator("main form").count()).isGreaterThan(0);
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(this.page.locator("header.site")).isHidden();
		assertThat(this.page.locator("footer.site")).isHidden();
		assertThat(this.page.locator("main form").first()).isHidden();
		assertThat(this.page.locator("main h1")).isVisible();

		// a dashboard prints its tables open, without the "show table" line
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		this.page.navigate("/mechanisms/CCM-TJ/dashboard");
		assertThat(this.page.locator(".chart.drawn canvas").first()).isVisible();
		this.page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(this.page.locator("article.tile table").first()).isVisible();
		assertThat(this.page.locator("details.figure-table > summary").first()).isHidden();
		assertThat(this.page.locator("article.tile .actions").first()).isHidden();
	}

}
