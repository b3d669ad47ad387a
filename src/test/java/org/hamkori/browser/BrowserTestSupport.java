package org.hamkori.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The running application on a random port, driven by a real headless Chromium. One
 * Playwright and one browser per test class, a fresh context (cookies, storage) per test.
 * Playwright never downloads a browser: it uses the Chromium at {@code HAMKORI_CHROMIUM}
 * ({@code /usr/bin/chromium} by default). Without it the tests are skipped, except on CI
 * ({@code CI=true}), where a missing browser fails the build; either way before the
 * application starts.
 * <p>
 * Login throttling counts failures per client address, and every browser request comes
 * from 127.0.0.1: these tests must never submit a wrong password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserTestSupport.ChromiumRequired.class)
abstract class BrowserTestSupport {

	static final String DEMO_PASSWORD = "hamkori-demo";

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
			"--disable-quic");

	@LocalServerPort
	int port;

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	Page page;

	@BeforeAll
	void launchBrowser() {
		requireChromium();
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromiumExecutable())
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		this.context = newContext(new Browser.NewContextOptions());
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/**
	 * A new browser context (no cookies) on the application, English by browser
	 * preference; closed with the class's browser at the latest.
	 */
	BrowserContext newContext(Browser.NewContextOptions options) {
		BrowserContext context = this.browser
			.newContext(options.setBaseURL("http://localhost:" + this.port).setLocale("en-US"));
		context.setDefaultTimeout(15_000);
		return context;
	}

	/** Replaces the test's context with a fresh one, as if the user cleared cookies. */
	Page freshContext(Browser.NewContextOptions options) {
		closeContext();
		this.context = newContext(options);
		this.page = this.context.newPage();
		return this.page;
	}

	/** Logs in through the form with the demo password; never with a wrong one. */
	static void logIn(Page page, String username) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(DEMO_PASSWORD);
		page.locator("main form button[type=submit]").click();
		// signed in: the header offers to log out (folded in its menu on a phone)
		assertThat(logoutButton(page)).hasCount(1);
	}

	static Locator logoutButton(Page page) {
		return page.locator("header.site form[action$='/logout'] button[type=submit]");
	}

	static Locator html(Page page) {
		return page.locator("html");
	}

	static Path chromiumExecutable() {
		return Paths.get(System.getenv().getOrDefault("HAMKORI_CHROMIUM", "/usr/bin/chromium"));
	}

	static boolean chromiumPresent() {
		Path chromium = chromiumExecutable();
		return Files.isRegularFile(chromium) && Files.isExecutable(chromium);
	}

	static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Fails on CI, skips elsewhere, when there is no Chromium to drive. */
	static void requireChromium() {
		Path chromium = chromiumExecutable();
		if (!chromiumPresent() && onCi()) {
			fail("Chromium not found at " + chromium + " (set HAMKORI_CHROMIUM); on CI the browser tests must run");
		}
		Assumptions.assumeTrue(chromiumPresent(), () -> "Chromium not found at " + chromium);
	}

	/**
	 * Checks for Chromium before the application starts. Without it, outside CI, every
	 * test is reported as skipped with the reason (an assumption failing this early would
	 * hide the class from the Surefire report altogether); on CI the class fails.
	 */
	static class ChromiumRequired implements ExecutionCondition, TestInstancePreConstructCallback {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (chromiumPresent() || onCi()) {
				return ConditionEvaluationResult.enabled("Chromium present, or CI where its absence fails");
			}
			return ConditionEvaluationResult
				.disabled("Chromium not found at " + chromiumExecutable() + " (set HAMKORI_CHROMIUM)");
		}

		@Override
		public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
			requireChromium();
		}

	}

	/**
	 * Ticks a found choice from the keyboard (focus, then Space), as a person without a
	 * mouse would, and checks that it is ticked.
	 */
	static void tickByKeyboard(Page page, Locator choice) {
		assertThat(choice).isVisible();
		choice.focus();
		page.keyboard().press("Space");
		assertThat(choice).isChecked();
	}

}
