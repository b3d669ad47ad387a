package org.hamkori.shared;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
	void unitsAreTranslatedAndNamesInAnotherLanguageAreMarked() {
		assertThat(this.mvc.get().uri("/indicators?lang=ru")).bodyText()
			.contains("<td>человек</td>", "<td>долл. США</td>")
			.doesNotContain("<td>persons</td>");
		// the catalogue names indicators in English, Russian and Tajik: in Kazakh the
		// Russian name shows, marked as Russian; in Tajik none is marked
		assertThat(this.mvc.get().uri("/indicators?lang=kk")).bodyText()
			.contains("<td>адам</td>", "lang=\"ru\">Полученные личные денежные переводы<");
		assertThat(this.mvc.get().uri("/indicators?lang=tg")).bodyText()
			.contains(">Интиқоли пули шахсии гирифташуда<")
			.doesNotContain("lang=\"ru\">Полученные");
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
	void aGetSwitchesOnlyTheBrowserAndTheLanguageFormSavesTheChoiceOnTheAccount() {
		String before = storedLanguage("secretariat.kz");
		String other = "ky".equals(before) ? "kk" : "ky";
		var switched = this.mvc.get().uri("/mechanisms?lang=" + other).with(as("secretariat.kz")).exchange();
		assertThat(switched).bodyText().contains("lang=\"" + other + "\"");
		assertThat(storedLanguage("secretariat.kz")).as("a GET changes no stored state").isEqualTo(before);
		assertThat(switched).bodyText().contains("action=\"/language\"");
		try {
			assertThat(this.mvc.post().uri("/language").with(as("secretariat.kz")).param("lang", other)).hasStatus(403);
			assertThat(this.mvc.post()
				.uri("/language")
				.with(as("secretariat.kz"))
				.with(csrf())
				.param("lang", other)
				.param("back", "/mechanisms/CCM-KZ")).hasRedirectedUrl("/mechanisms/CCM-KZ");
			assertThat(storedLanguage("secretariat.kz")).isEqualTo(other);
			assertThat(this.mvc.post()
				.uri("/language")
				.with(as("secretariat.kz"))
				.with(csrf())
				.param("lang", other)
				.param("back", "//evil.example/")).hasRedirectedUrl("/");
		}
		finally {
			this.mvc.post().uri("/language").with(as("secretariat.kz")).with(csrf()).param("lang", before).exchange();
		}
		assertThat(storedLanguage("secretariat.kz")).isEqualTo(before);
	}

	private String storedLanguage(String username) {
		return this.jdbc.sql("select preferred_language from app_user where username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	@Test
	void uzbekLatinLettersRender() {
		assertThat(this.mvc.get().uri("/mechanisms?lang=uz")).bodyText().contains("Oʻzbekiston");
	}

}
