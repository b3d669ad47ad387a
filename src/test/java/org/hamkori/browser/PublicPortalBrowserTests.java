package org.hamkori.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor, without an account, reads the public portal in Tajik: from the home page to
 * CCM Tajikistan, its first meeting, decision CCM-TJ/1/D2 and the progress of its
 * actions.
 */
class PublicPortalBrowserTests extends BrowserTestSupport {

	@Test
	void aVisitorFollowsDecisionD2OfTheFirstTajikMeetingInTajik() {
		this.page.navigate("/");
		this.page.locator("nav.languages a[hreflang=tg]").click();
		assertThat(this.page.locator("html")).hasAttribute("lang", "tg");
		assertThat(this.page.locator("h1")).hasText("Ҳамоҳангсозии муҳоҷирати меҳнатӣ дар Осиёи Марказӣ");

		// the mechanism's own link by its name (its figures link there too, by code)
		this.page.locator("main a[href='/public/CCM-TJ']").first().click();
		assertThat(this.page.locator("h2").first()).hasText("Ваколат");
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName("CCM-TJ/1").setExact(true))
			.click();
		assertThat(this.page.locator("h1")).hasText("Ҷаласаи CCM-TJ/1");
		assertThat(this.page.locator("main")).containsText("2022-11-29");
		assertThat(this.page.locator("main")).containsText("collective action");

		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName("CCM-TJ/1/D2").setExact(true))
			.click();
		assertThat(this.page.locator("h1")).hasText("Қарори CCM-TJ/1/D2");
		assertThat(this.page.locator("main")).containsText("Хадамоти муҳоҷират харитаи барномаҳои");
		assertThat(this.page.locator(".portal-progress").first()).containsText("0 % иҷро шудааст");
		assertThat(this.page.locator(".portal-progress").first())
			.containsText("0 иҷрошуда, 0 дар ҷараён, 1 мӯҳлаташ гузашта, 0 оғознашуда");
		assertThat(this.page.locator(".portal-progress progress").first()).hasAttribute("value", "0");
		assertThat(this.page.locator("main table tbody tr")).hasCount(1);
		assertThat(this.page.locator("main table tbody tr").first()).containsText("Мӯҳлаташ гузашта");
	}

}
