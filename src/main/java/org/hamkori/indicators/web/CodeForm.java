package org.hamkori.indicators.web;

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
		return IndicatorForm.text(this.nameEn, this.nameRu, this.nameTg, this.nameUz, this.nameKk, this.nameKy);
	}

	static String formField(String field) {
		return "name".equals(field) ? "nameEn" : field;
	}

}
