package org.hamkori.indicators.web;

import jakarta.validation.constraints.Size;

import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.shared.i18n.LocalizedText;

import org.jspecify.annotations.Nullable;

/** An extra code of a code list, with its name in the six languages. */
record CodeForm(@Size(max = 20, message = "{validation.size.max}") String code,
		@Size(max = 150, message = "{validation.size.max}") String nameEn,
		@Size(max = 150, message = "{validation.size.max}") String nameRu,
		@Size(max = 150, message = "{validation.size.max}") String nameTg,
		@Size(max = 150, message = "{validation.size.max}") String nameUz,
		@Size(max = 150, message = "{validation.size.max}") String nameKk,
		@Size(max = 150, message = "{validation.size.max}") String nameKy, @Nullable Long version) {

	static CodeForm empty() {
		return new CodeForm("", "", "", "", "", "", "", null);
	}

	/** The form to rename a stored code, its names as they are. */
	static CodeForm of(IndicatorCatalogue.Code code, long version) {
		LocalizedText n = code.name();
		return new CodeForm(code.code(), value(n, "en"), value(n, "ru"), value(n, "tg"), value(n, "uz"), value(n, "kk"),
				value(n, "ky"), version);
	}

	private static String value(LocalizedText text, String language) {
		String value = text.values().get(language);
		return (value != null) ? value : "";
	}

	LocalizedText name() {
		return IndicatorForm.text(this.nameEn, this.nameRu, this.nameTg, this.nameUz, this.nameKk, this.nameKy);
	}

	static String formField(String field) {
		return "name".equals(field) ? "nameEn" : field;
	}

}
