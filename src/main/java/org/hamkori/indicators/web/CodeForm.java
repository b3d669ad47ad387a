package org.hamkori.indicators.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.hamkori.shared.i18n.LocalizedText;

/** An extra code of a code list, with its name in the six languages. */
record CodeForm(@Size(max = 20, message = "{validation.size.max}") String code,
		@Size(max = 150, message = "{validation.size.max}") String nameEn,
		@Size(max = 150, message = "{validation.size.max}") String nameRu,
		@Size(max = 150, message = "{validation.size.max}") String nameTg,
		@Size(max = 150, message = "{validation.size.max}") String nameUz,
		@Size(max = 150, message = "{validation.size.max}") String nameKk,
		@Size(max = 150, message = "{validation.size.max}") String nameKy) {

	static CodeForm empty() {
		return new CodeForm("", "", "", "", "", "", "");
	}

	LocalizedText name() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("en", this.nameEn);
		values.put("ru", this.nameRu);
		values.put("tg", this.nameTg);
		values.put("uz", this.nameUz);
		values.put("kk", this.nameKk);
		values.put("ky", this.nameKy);
		return new LocalizedText(values);
	}

	static String formField(String field) {
		return "name".equals(field) ? "nameEn" : field;
	}

}
