package org.hamkori.sdg.web;

import java.time.Instant;
import java.time.ZoneOffset;

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
				? Figures.dateTime(instant.atZone(ZoneOffset.UTC), LocaleContextHolder.getLocale()) + "\u00a0UTC" : "";
	}

}
