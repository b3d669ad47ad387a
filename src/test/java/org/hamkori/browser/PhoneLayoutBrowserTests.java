package org.hamkori.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.hamkori.directory.Directory;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.results.ActivityDetails;
import org.hamkori.results.ActivityStatus;
import org.hamkori.results.LevelDetails;
import org.hamkori.results.ResultKind;
import org.hamkori.results.ResultLevel;
import org.hamkori.results.ResultsFramework;
import org.hamkori.results.Workplan;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key pages on a 390-px phone: none scrolls sideways, a mechanism's sections fold
 * under their summary with the current one marked, and the entry grid labels its Value
 * and Note cells once the table folds into rows. Also where a sign-in lands.
 */
class PhoneLayoutBrowserTests extends BrowserTestSupport {

	static final int PHONE_WIDTH = 390;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	ProgrammeRegister register;

	@Autowired
	ResultsFramework framework;

	@Autowired
	Workplan workplan;

	Page phone() {
		return freshContext(
				new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, 844).setIsMobile(true).setHasTouch(true));
	}

	@Test
	void noKeyPageScrollsSidewaysOnAPhone() {
		Page page = phone();
		logIn(page, "focal.nbt.tj");
		List<String> wide = new ArrayList<>();
		// the sign-in lands on My work: checked where it lands, once
		checkWidth(page, "landing /my-work", wide);
		List<String> paths = new ArrayList<>(KeyPages.of(this.jdbc).subList(0, 9));
		paths.add(KeyPages.grid(this.jdbc));
		assertThat(paths).hasSize(10);
		for (String lang : List.of("en", "ru")) {
			page.navigate("/mechanisms?lang=" + lang);
			for (String path : paths) {
				assertThat(page.navigate(path).status()).as("status of %s", path).isEqualTo(200);
				checkWidth(page, lang + " " + path, wide);
			}
		}
		assertThat(wide).as("pages wider than the phone").isEmpty();
	}

	/** Notes the page when it scrolls sideways, with what sticks out. */
	private static void checkWidth(Page page, String what, List<String> wide) {
		List<?> w = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, "
				+ "document.documentElement.clientWidth, document.body.scrollWidth]");
		int scroll = ((Number) w.get(0)).intValue();
		int client = ((Number) w.get(1)).intValue();
		if (scroll > client) {
			wide.add(what + ": " + scroll + " > " + client + " " + widest(page));
		}
	}

	/** The element that sticks out furthest on the right, to say what to fix. */
	private static String widest(Page page) {
		return (String) page.evaluate("""
				() => { let worst = null, right = document.documentElement.clientWidth;
				  for (const e of document.querySelectorAll('body *')) {
				    const r = e.getBoundingClientRect();
				    if (r.right > right + 0.5) { right = r.right; worst = e; } }
				  return worst ? worst.tagName + '.' + worst.className + ' ' + Math.round(right) + ' '
				    + (worst.textContent || '').trim().slice(0, 40) : ''; }""");
	}

	@Test
	void aMechanismsSectionsFoldOnAPhoneAndMarkWhereYouAre() {
		Page page = phone();
		logIn(page, "secretariat.tj");
		page.navigate("/mechanisms/" + KeyPages.MECHANISM + "/meetings?lang=en");
		var nav = page.locator("nav.mechanism-nav");
		assertThat(nav.locator("details")).not().hasAttribute("open", "");
		assertThat(nav.locator("summary")).containsText("Meetings");
		nav.locator("summary").click();
		assertThat(nav.locator("a[aria-current=page]")).hasText("Meetings");
		assertThat(nav.locator("a")).hasCount(10);
		// the members page has no flat list of links besides the sections any more
		page.navigate("/mechanisms/" + KeyPages.MECHANISM);
		assertThat(page.locator("main nav.related")).hasCount(0);
		assertThat(page.locator("nav.mechanism-nav a[aria-current=page]")).hasAttribute("href",
				"/mechanisms/" + KeyPages.MECHANISM);
		// on a desktop the sections are open
		page.setViewportSize(1280, 800);
		page.reload();
		assertThat(page.locator("nav.mechanism-nav details")).hasAttribute("open", "");
		assertThat(page.locator("nav.mechanism-nav a").first()).isVisible();
	}

	@Test
	void theSiteHeaderFoldsUnderAMenuOnAPhoneAndOpensByKeyboard() {
		Page page = phone();
		logIn(page, "secretariat.tj");
		page.navigate("/mechanisms/" + KeyPages.MECHANISM + "/meetings?lang=ru");
		var menu = page.locator("header.site details.site-menu");
		assertThat(menu).not().hasAttribute("open", "");
		assertThat(page.locator("header.site nav a[href='/profile']")).isHidden();
		// folded, the header is the brand, the menu and the languages: a fifth of the
		// screen
		double header = ((Number) page.evaluate("() => document.querySelector('header.site').offsetHeight"))
			.doubleValue();
		assertThat(header).isLessThan(844 / 5.0);
		assertThat(page.locator("header.site nav.languages")).isVisible();
		assertThat(page.locator("main h1")).isInViewport();
		// the summary is reached by the keyboard and opens the menu
		page.locator("header.site summary").focus();
		assertThat(page.locator("header.site summary")).isFocused();
		assertThat(page.locator("header.site summary")).hasText("Меню");
		page.keyboard().press("Enter");
		assertThat(menu).hasAttribute("open", "");
		assertThat(page.locator("header.site nav a[href='/profile']")).isVisible();
		assertThat(page.locator("header.site nav.languages")).isVisible();
		// the header's search box gives way to a search entry in the menu
		assertThat(page.locator("header.site form.site-search")).isHidden();
		assertThat(page.locator("header.site nav a[href='/search']")).isVisible();
		Object sideways = page
			.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
		assertThat(sideways).isEqualTo(false);
		// on a desktop the menu is a row without a summary
		page.setViewportSize(1280, 800);
		page.reload();
		assertThat(menu).hasAttribute("open", "");
		assertThat(page.locator("header.site summary")).isHidden();
		assertThat(page.locator("header.site nav a[href='/profile']")).isVisible();
		assertThat(page.locator("header.site form.site-search")).isVisible();
		assertThat(page.locator("header.site nav a[href='/search']")).isHidden();
	}

	@Test
	void theEntryGridLabelsItsCellsOnAPhone() {
		Page page = phone();
		logIn(page, "focal.nbt.tj");
		page.navigate(KeyPages.grid(this.jdbc) + "?lang=en");
		assertThat(page.locator("table.grid thead").first()).isHidden();
		Object label = page.evaluate(
				"() => getComputedStyle(document.querySelector('table.grid td[data-label]')," + " '::before').content");
		assertThat(label).isEqualTo("\"Value\"");
	}

	@Test
	void theWorkplanTimelineScrollsInsideItsOwnBoxOnAPhone() {
		Viewer admin = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());
		UUID tj = this.directory.mechanismOrThrow(KeyPages.MECHANISM).id();
		UUID iom = this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
		LocalDate today = this.register.today();
		Programme programme = this.register.create(tj,
				new ProgrammeDetails(iom, null, text("Timeline on a phone"), null, today.minusYears(2),
						today.plusYears(3), EnumSet.of(ProgrammeTheme.PROTECTION), null, BudgetBand.UNKNOWN, null, null,
						Visibility.PUBLIC),
				admin);
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Safer migration")), admin);
		ResultLevel output = this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", text("Pre-departure orientation")), admin);
		this.workplan.create(programme.id(),
				new ActivityDetails(output.id(), "A1",
						text("Pre-departure orientation sessions for labour migrants in district centres"), "TJ", iom,
						today.minusYears(3), today.plusMonths(2), ActivityStatus.ONGOING, null, null),
				admin);
		this.workplan.create(programme.id(), new ActivityDetails(output.id(), "A2", text("Round table"), "TJ", iom,
				today.plusYears(1), today.plusYears(1), ActivityStatus.PLANNED, null, null), admin);
		Page page = phone();
		page.navigate("/programmes/" + programme.id() + "/workplan/timeline?lang=ru");
		assertThat(page.locator("table.timeline th[scope=row]").first()).isVisible();
		assertThat(page.locator("table.timeline rect.bar")).hasCount(2);
		Object widths = page.evaluate("() => [document.documentElement.scrollWidth, "
				+ "document.querySelector('.timeline-wrap').scrollWidth, "
				+ "document.querySelector('.timeline-wrap').clientWidth, "
				+ "document.querySelector('table.timeline th[scope=row]').getBoundingClientRect().width]");
		List<?> w = (List<?>) widths;
		assertThat(((Number) w.get(0)).intValue()).as("the page's width " + widest(page))
			.isLessThanOrEqualTo(PHONE_WIDTH);
		// the timeline itself is wider than the phone and scrolls inside its box
		assertThat(((Number) w.get(1)).intValue()).isGreaterThan(((Number) w.get(2)).intValue());
		// the row labels keep a readable width
		assertThat(((Number) w.get(3)).doubleValue()).isGreaterThanOrEqualTo(120);
	}

	private static LocalizedText text(String en) {
		return LocalizedText.of(Map.of("en", en));
	}

	@Test
	void aSignInLandsOnMyWork() {
		logIn(this.page, "focal.nbt.tj");
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/my-work$"));
	}

}
