package org.hamkori.shared.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text kept in several languages at once, as a language map ({@code {"ru": "...", "en":
 * "..."}}). Content in the region is often written in two languages side by side, so a
 * title is one value with several renderings, never one column per language.
 */
public record LocalizedText(Map<String, String> values) {

	public LocalizedText {
		Map<String, String> copy = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((lang, text) -> {
				if (lang != null && text != null && !text.isBlank()) {
					copy.put(lang.toLowerCase(Locale.ROOT), text.strip());
				}
			});
		}
		values = Collections.unmodifiableMap(copy);
	}

	public static LocalizedText of(String lang, String text) {
		return new LocalizedText(Map.of(lang, text));
	}

	public static LocalizedText of(Map<String, String> values) {
		return new LocalizedText(values);
	}

	/**
	 * The text in the wanted language, else in Russian (the region's working language),
	 * else English, else whatever exists.
	 */
	public String in(Locale locale) {
		String lang = languageIn(locale);
		return (lang != null) ? this.values.get(lang) : "";
	}

	/**
	 * The language {@link #in(Locale)} shows: the wanted one, else Russian, else English,
	 * else the first there is; null when the text is empty. Where it is not the page's
	 * language, the page marks the text with a {@code lang} attribute.
	 */
	public String languageIn(Locale locale) {
		String lang = (locale != null) ? locale.getLanguage() : "en";
		for (String candidate : new String[] { lang, "ru", "en" }) {
			if (this.values.containsKey(candidate)) {
				return candidate;
			}
		}
		return this.values.keySet().stream().findFirst().orElse(null);
	}

	public String get(String lang) {
		return this.values.get(lang);
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/** True when any rendering contains the needle, ignoring case. */
	public boolean contains(String needle) {
		String lower = needle.toLowerCase(Locale.ROOT);
		return this.values.values().stream().anyMatch((v) -> v.toLowerCase(Locale.ROOT).contains(lower));
	}

	@Override
	public String toString() {
		return in(Locale.ENGLISH);
	}

}
