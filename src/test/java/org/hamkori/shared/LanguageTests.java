package org.hamkori.shared;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The interface speaks six languages, switched with ?lang=, remembered by cookie and on
 * the user's account.
 */
@HamkoriWebTest
class LanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void langParameterSwitchesAndACookieRemembersIt() {
		var result = this.mvc.get().uri("/mechanisms?lang=tg").exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("lang=\"tg\"", "Механизми ҳамоҳангсозии кишварии Тоҷикистон");
		Cookie cookie = result.getResponse().getCookie("hamkori-lang");
		assertThat(cookie).isNotNull();
		assertThat(this.mvc.get().uri("/mechanisms").cookie(cookie)).bodyText().contains("lang=\"tg\"");
	}

	@Test
	void unsupportedLanguagesAreIgnored() {
		assertThat(this.mvc.get().uri("/mechanisms?lang=de").header("Accept-Language", "en")).hasStatusOk()
			.bodyText()
			.contains("lang=\"en\"");
	}

	@Test
	void russianPluralsFollowCldr() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-KZ?lang=ru")).bodyText().containsPattern("\\d+ участник(а|ов)?");
		assertThat(this.mvc.get().uri("/organisations?lang=ru&q=Bank")).bodyText()
			.containsPattern("\\d+ организаци(я|и|й)");
	}

	@Test
	void aLoggedInUsersChoiceIsSavedOnTheAccount() {
		this.mvc.get().uri("/mechanisms?lang=kk").with(as("secretariat.kz")).exchange();
		assertThat(this.jdbc.sql("select preferred_language from app_user where username = 'secretariat.kz'")
			.query(String.class)
			.single()).isEqualTo("kk");
	}

	@Test
	void uzbekLatinLettersRender() {
		assertThat(this.mvc.get().uri("/mechanisms?lang=uz")).bodyText().contains("Oʻzbekiston");
	}

}
