package org.hamkori.programmes.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hamkori.directory.Mechanism;
import org.hamkori.shared.i18n.LocalizedText;

/**
 * Titles are typed in Russian, English and the mechanism's national language (Tajik,
 * Uzbek, Kazakh or Kyrgyz; none for the RCM). Languages the form does not show are kept
 * when a record is edited.
 */
final class Titles {

	private static final Map<String, String> NATIONAL = Map.of("TJ", "tg", "UZ", "uz", "KZ", "kk", "KG", "ky");

	private static final Map<String, String> NAMES = Map.of("tg", "Тоҷикӣ", "uz", "Oʻzbekcha", "kk", "Қазақша", "ky",
			"Кыргызча");

	private Titles() {
	}

	/** The national language of the mechanism's country, or null for the RCM. */
	static String nationalLanguage(Mechanism mechanism) {
		return (mechanism.countryCode() != null) ? NATIONAL.get(mechanism.countryCode()) : null;
	}

	/** The national language's own name, for the form's label. */
	static String languageName(String language) {
		return (language != null) ? NAMES.get(language) : null;
	}

	static LocalizedText of(String ru, String en, String national, String nationalLanguage, LocalizedText existing) {
		Map<String, String> values = new LinkedHashMap<>((existing != null) ? existing.values() : Map.of());
		values.put("ru", ru);
		values.put("en", en);
		if (nationalLanguage != null) {
			values.put(nationalLanguage, national);
		}
		values.values().removeIf((v) -> v == null || v.isBlank());
		return LocalizedText.of(values);
	}

	static String national(LocalizedText title, String nationalLanguage) {
		return (nationalLanguage != null && title != null) ? title.get(nationalLanguage) : null;
	}

	/** The form field that shows a service error about {@code field}. */
	static String formField(String field) {
		return switch (field) {
			case "title" -> "titleRu";
			case "parties" -> "partyIds";
			case "programmes" -> "programmeIds";
			default -> field;
		};
	}

}
