package org.hamkori.shared.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Message helpers that Spring's {@link MessageSource} lacks: CLDR plural forms through
 * ICU4J (Russian has three: "1 организация / 2 организации / 5 организаций") and the
 * choice of a {@link LocalizedText} rendering. Exposed to templates as {@code @i18n}.
 */
@Component("i18n")
public class I18n {

	private final MessageSource messages;

	/**
	 * Parsed plural patterns per key and language; message bundles do not change while
	 * running.
	 */
	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	I18n(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Formats an ICU plural pattern such as {@code {count, plural, one{# member} other{#
	 * members}}}.
	 */
	public String plural(String key, long count) {
		Locale locale = LocaleContextHolder.getLocale();
		MessageFormat format = this.formats.computeIfAbsent(key + "|" + locale.toLanguageTag(),
				(k) -> new MessageFormat(this.messages.getMessage(key, null, key, locale), ULocale.forLocale(locale)));
		synchronized (format) {
			return format.format(Map.of("count", count));
		}
	}

	public String text(LocalizedText text) {
		return (text != null) ? text.in(LocaleContextHolder.getLocale()) : "";
	}

	/**
	 * The language a record's name is shown in when it is not the page's language (the
	 * name fell back to Russian or English), for a {@code lang} attribute; null when it
	 * is in the page's language or empty.
	 */
	public String fallback(LocalizedText text) {
		if (text == null) {
			return null;
		}
		String shown = text.languageIn(LocaleContextHolder.getLocale());
		return (shown == null || shown.equals(language())) ? null : shown;
	}

	/**
	 * A unit of measure in the reader's language: the catalogue stores units as short
	 * English words ({@code persons}, {@code per 100,000}, {@code USD}); each known one
	 * has a key {@code unit.<letters and digits>}, and an unknown unit (one a secretariat
	 * typed for a derived indicator) is shown as written.
	 */
	public String unit(String unit) {
		return unit(unit, LocaleContextHolder.getLocale());
	}

	/**
	 * A unit of measure in the given language, for what is written outside a request's
	 * page: chart data and the trends brief PDF.
	 */
	public String unit(String unit, Locale locale) {
		if (unit == null || unit.isBlank()) {
			return "";
		}
		String key = "unit." + unit.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return this.messages.getMessage(key, null, unit, locale);
	}

	public String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	public String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

}
