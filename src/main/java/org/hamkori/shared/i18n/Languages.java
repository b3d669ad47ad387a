package org.hamkori.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The six languages of the user interface, in the order the switcher shows them. */
public final class Languages {

	public static final List<String> CODES = List.of("en", "ru", "tg", "uz", "kk", "ky");

	public static final List<Locale> LOCALES = CODES.stream().map(Locale::forLanguageTag).toList();

	private Languages() {
	}

	public static boolean isSupported(String code) {
		return code != null && CODES.contains(code);
	}

	/** The language's own name for itself, shown in the switcher. */
	public static String nativeName(String code) {
		return switch (code) {
			case "en" -> "English";
			case "ru" -> "Русский";
			case "tg" -> "Тоҷикӣ";
			case "uz" -> "Oʻzbekcha";
			case "kk" -> "Қазақша";
			case "ky" -> "Кыргызча";
			default -> code;
		};
	}

}
