package org.hamkori.meetings.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates that the meeting pages format in Java never wrap inside, as the templates' dates
 * do not: their spaces are non-breaking, and the words and figures stay as written.
 */
class MeetingViewsDatesTests {

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aMomentInRussianNeverWrapsInside() {
		Locale russian = Locale.forLanguageTag("ru");
		LocaleContextHolder.setLocale(russian);
		Instant moment = Instant.parse("2023-03-31T07:05:00Z");
		String shown = new MeetingViews(null, null).instant(moment);
		String plain = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(russian)
			.format(moment.atZone(ZoneOffset.UTC));
		assertThat(plain).as("the JDK's Russian form has spaces to break at").contains(" ");
		assertThat(shown).doesNotContain(" ", "-").contains("\u00a0").contains("2023", "07:05");
		// the same figures as every other date of the pages, not the JDK's month
		// abbreviation
		assertThat(shown.replace('\u00a0', ' ')).isEqualTo("31.03.2023, 07:05").isNotEqualTo(plain);
	}

}
