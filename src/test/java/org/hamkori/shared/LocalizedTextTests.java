package org.hamkori.shared;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

	@Test
	void fallsBackToRussianThenEnglishThenAnything() {
		LocalizedText text = LocalizedText.of(Map.of("en", "National Bank", "ru", "Национальный банк"));
		assertThat(text.in(Locale.forLanguageTag("ru"))).isEqualTo("Национальный банк");
		assertThat(text.in(Locale.forLanguageTag("tg"))).isEqualTo("Национальный банк");
		assertThat(LocalizedText.of("tg", "Бонки миллӣ").in(Locale.ENGLISH)).isEqualTo("Бонки миллӣ");
		assertThat(LocalizedText.of(Map.of("en", "Bank")).in(Locale.forLanguageTag("kk"))).isEqualTo("Bank");
	}

	@Test
	void saysWhichLanguageItShowsSoTheFallbackCanBeMarked() {
		LocalizedText text = LocalizedText.of(Map.of("en", "National Bank", "ru", "Национальный банк"));
		assertThat(text.languageIn(Locale.forLanguageTag("uz"))).isEqualTo("ru");
		assertThat(text.languageIn(Locale.ENGLISH)).isEqualTo("en");
		assertThat(LocalizedText.of(Map.of("en", "Bank")).languageIn(Locale.forLanguageTag("ky"))).isEqualTo("en");
		assertThat(LocalizedText.of(Map.of()).languageIn(Locale.ENGLISH)).isNull();
	}

	@Test
	void blankRenderingsAreDropped() {
		assertThat(LocalizedText.of(Map.of("en", "  ", "ru", " Банк ")).values()).containsOnlyKeys("ru")
			.containsEntry("ru", "Банк");
	}

	@Test
	void survivesTheJsonColumnWithEveryLetterOfTheRegion() {
		LocalizedText text = LocalizedText
			.of(Map.of("tg", "ғ ӣ қ ӯ ҳ ҷ", "kk", "ә ғ қ ң ө ұ ү һ і", "uz", "Oʻzbekiston"));
		assertThat(LocalizedTextColumns.parse(LocalizedTextColumns.write(text))).isEqualTo(text);
	}

}
