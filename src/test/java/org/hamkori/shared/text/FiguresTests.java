package org.hamkori.shared.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

	private static final Locale RU = Locale.forLanguageTag("ru");

	private static final Locale TG = Locale.forLanguageTag("tg");

	private static final Locale EN = Locale.forLanguageTag("en");

	@Test
	void figuresAreGroupedWithTheLanguagesSignsAndKeepEveryDecimal() {
		assertThat(Figures.number(new BigDecimal("3026134000"), RU)).isEqualTo("3\u00a0026\u00a0134\u00a0000");
		assertThat(Figures.number(new BigDecimal("3026134000"), TG)).isEqualTo("3\u00a0026\u00a0134\u00a0000");
		assertThat(Figures.number(new BigDecimal("3026134000"), EN)).isEqualTo("3,026,134,000");
		assertThat(Figures.number(new BigDecimal("1234.000000000125"), RU)).isEqualTo("1\u00a0234,000000000125");
		assertThat(Figures.number(new BigDecimal("12.500000000000"), EN)).isEqualTo("12.5");
		assertThat(Figures.number(new BigDecimal("-0.25"), Locale.forLanguageTag("kk"))).isEqualTo("-0,25");
		assertThat(Figures.number(null, RU)).isEmpty();
	}

	@Test
	void typedNumbersAreReadInTheLanguagesFormAndInThePlainOne() {
		assertThat(Figures.plain("3\u00a0026\u00a0134\u00a0000", RU)).isEqualTo("3026134000");
		assertThat(Figures.plain("3 026 134 000,5", TG)).isEqualTo("3026134000.5");
		assertThat(Figures.plain("1234,5", RU)).isEqualTo("1234.5");
		assertThat(Figures.plain("1234.5", RU)).isEqualTo("1234.5");
		assertThat(Figures.plain("1.234,5", RU)).isEqualTo("1234.5");
		assertThat(Figures.plain("3,026,134,000", EN)).isEqualTo("3026134000");
		assertThat(Figures.plain("1,234.5", EN)).isEqualTo("1234.5");
		assertThat(Figures.plain("1,234", EN)).isEqualTo("1234");
		// a single comma is a decimal sign where the comma is not the group separator
		assertThat(Figures.plain("1,234", RU)).isEqualTo("1.234");
		assertThat(Figures.plain("1\u202f234", Locale.forLanguageTag("uz"))).isEqualTo("1234");
		assertThat(Figures.plain("-12", RU)).isEqualTo("-12");
		assertThat(Figures.plain("many", RU)).isEqualTo("many");
	}

	@Test
	void theFormattedFigureReadsBackAsTheSameNumber() {
		for (String tag : new String[] { "en", "ru", "tg", "uz", "kk", "ky" }) {
			Locale locale = Locale.forLanguageTag(tag);
			BigDecimal value = new BigDecimal("-98765432.125");
			assertThat(new BigDecimal(Figures.plain(Figures.number(value, locale), locale))).as(tag)
				.isEqualByComparingTo(value);
		}
	}

	@Test
	void datesFollowTheLanguageAndNeverBreak() {
		LocalDate day = LocalDate.of(2023, 3, 31);
		assertThat(Figures.date(day, RU)).isEqualTo("31.03.2023");
		assertThat(Figures.date(day, Locale.forLanguageTag("ky"))).isEqualTo("31.03.2023");
		assertThat(Figures.date(day, EN)).isEqualTo("31/03/2023");
		assertThat(Figures.date(LocalDateTime.of(2023, 3, 31, 23, 59), Locale.forLanguageTag("kk")))
			.isEqualTo("31.03.2023");
		for (String tag : new String[] { "en", "ru", "tg", "uz", "kk", "ky" }) {
			assertThat(Figures.date(day, Locale.forLanguageTag(tag))).as(tag)
				.doesNotContain(" ", "-")
				.contains("2023", "31");
		}
		assertThat(Figures.date(null, RU)).isEmpty();
	}

	@Test
	void computedSharesAreRoundedHalfUpInTheLanguagesForm() {
		Figures figures = new Figures();
		try {
			LocaleContextHolder.setLocale(RU);
			assertThat(figures.rounded(87.25, 1)).isEqualTo("87,3");
			assertThat(figures.rounded(100.0, 1)).isEqualTo("100");
			assertThat(figures.rounded(12345.0, 1)).isEqualTo("12\u00a0345");
			LocaleContextHolder.setLocale(EN);
			assertThat(figures.rounded(66.666, 1)).isEqualTo("66.7");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void theChartsGetTheSeparatorsOfTheTables() {
		Figures figures = new Figures();
		try {
			LocaleContextHolder.setLocale(TG);
			assertThat(figures.number(new BigDecimal("1000.5")))
				.isEqualTo("1" + figures.groupSeparator() + "000" + figures.decimalSeparator() + "5");
			assertThat(figures.groupSeparator()).isEqualTo("\u00a0");
			LocaleContextHolder.setLocale(EN);
			assertThat(figures.groupSeparator() + figures.decimalSeparator()).isEqualTo(",.");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void machineTimesAreIsoInUtcToTheSecondAsHtmlAllows() {
		Figures figures = new Figures();
		assertThat(figures.machineTime(java.time.Instant.parse("2026-11-18T06:01:01.526568Z")))
			.isEqualTo("2026-11-18T06:01:01Z");
		assertThat(figures.machineTime(java.time.OffsetDateTime.parse("2026-12-04T10:00:30.5+05:00")))
			.isEqualTo("2026-12-04T05:00:30Z");
		assertThat(figures.machineTime(null)).isNull();
	}

	@Test
	void aMeetingsSpanNamesTheEndsDayOnlyWhenItDiffersAndNeverBreaks() {
		ZonedDateTime start = ZonedDateTime.of(2026, 12, 11, 10, 0, 0, 0, ZoneId.of("Asia/Dushanbe"));
		assertThat(Figures.span(start, start.plusHours(3), RU))
			.isEqualTo("11.12.2026,\u00a010:00\u00a0\u2013\u00a013:00");
		assertThat(Figures.span(start, start.plusDays(1), RU))
			.isEqualTo("11.12.2026, 10:00\u00a0\u2013\u00a012.12.2026, 10:00".replace(' ', '\u00a0'));
		for (String tag : new String[] { "en", "ru", "tg", "uz", "kk", "ky" }) {
			assertThat(Figures.span(start, start.plusHours(3), Locale.forLanguageTag(tag))).as(tag)
				.doesNotContain(" ", "-")
				.contains("2026", "10", "13");
		}
	}

	@Test
	void fileSizesNameTheirUnitInTheLanguage() {
		assertThat(Figures.fileSize(512, EN)).isEqualTo("512\u00a0byte");
		assertThat(Figures.fileSize(1_258_291, RU)).isEqualTo("1,2\u00a0МБ");
		assertThat(Figures.fileSize(1_258_291, EN)).isEqualTo("1.2\u00a0MB");
		assertThat(Figures.fileSize(12_800, RU)).isEqualTo("12,5\u00a0кБ");
		assertThat(Figures.fileSize(1_258_291, Locale.forLanguageTag("uz"))).isEqualTo("1,2\u00a0MB");
		for (String tag : new String[] { "tg", "kk", "ky" }) {
			assertThat(Figures.fileSize(1_258_291, Locale.forLanguageTag(tag))).as(tag)
				.doesNotContain(" ", "MB", "kB")
				.startsWith("1,2");
		}
		assertThat(Figures.fileSize(null, RU)).isEmpty();
	}

}
