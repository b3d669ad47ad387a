package org.hamkori.sdg.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.hamkori.shared.text.Figures;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting the SDG 10.7.2 pages share: times of history steps and submissions (UTC),
 * never wrapping inside.
 */
@Component("sdg1072Views")
class Sdg1072Views {

	public String instant(Instant instant) {
		return (instant != null)
				? Figures.unbreakable(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(LocaleContextHolder.getLocale())
					.format(instant.atZone(ZoneOffset.UTC)) + " UTC")
				: "";
	}

}
