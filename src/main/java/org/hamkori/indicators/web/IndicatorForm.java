package org.hamkori.indicators.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.IndicatorDraft;
import org.hamkori.shared.i18n.LocalizedText;

/**
 * An indicator as its maintainers type it: the code (only when creating), the name and
 * definition in each of the six languages, and the rest of its metadata. The version
 * travels as its own field when editing; history cannot be sent.
 */
record IndicatorForm(@Size(max = 40, message = "{validation.size.max}") String code,
		@Size(max = 300, message = "{validation.size.max}") String nameEn,
		@Size(max = 300, message = "{validation.size.max}") String nameRu,
		@Size(max = 300, message = "{validation.size.max}") String nameTg,
		@Size(max = 300, message = "{validation.size.max}") String nameUz,
		@Size(max = 300, message = "{validation.size.max}") String nameKk,
		@Size(max = 300, message = "{validation.size.max}") String nameKy,
		@Size(max = 1200, message = "{validation.size.max}") String definitionEn,
		@Size(max = 1200, message = "{validation.size.max}") String definitionRu,
		@Size(max = 1200, message = "{validation.size.max}") String definitionTg,
		@Size(max = 1200, message = "{validation.size.max}") String definitionUz,
		@Size(max = 1200, message = "{validation.size.max}") String definitionKk,
		@Size(max = 1200, message = "{validation.size.max}") String definitionKy,
		@Size(max = 40, message = "{validation.size.max}") String unit, Integer unitMultiplier, String kind,
		String periodicity, String aggregation, @Size(max = 1000, message = "{validation.size.max}") String source,
		@Size(max = 200, message = "{validation.size.max}") String reference,
		@Size(max = 2000, message = "{validation.size.max}") String proxyNote, List<String> dimensions, Long version) {

	static IndicatorForm empty() {
		return new IndicatorForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", 0, "FLOW", "ANNUAL", "SUM", "",
				"", "", List.of(), null);
	}

	static IndicatorForm of(IndicatorCatalogue.Indicator i) {
		LocalizedText n = i.name();
		LocalizedText d = i.definition();
		return new IndicatorForm(i.code(), n.get("en"), n.get("ru"), n.get("tg"), n.get("uz"), n.get("kk"), n.get("ky"),
				d.get("en"), d.get("ru"), d.get("tg"), d.get("uz"), d.get("kk"), d.get("ky"), i.unit(),
				i.unitMultiplier(), i.kind(), i.periodicity(), i.aggregation(), i.source(), i.reference(),
				i.proxyNote(), i.dimensions(), i.version());
	}

	IndicatorDraft draft() {
		return new IndicatorDraft((this.code != null) ? this.code.strip() : null,
				text(this.nameEn, this.nameRu, this.nameTg, this.nameUz, this.nameKk, this.nameKy),
				text(this.definitionEn, this.definitionRu, this.definitionTg, this.definitionUz, this.definitionKk,
						this.definitionKy),
				this.unit, this.unitMultiplier, this.kind, this.periodicity, this.aggregation, this.source,
				this.reference, this.proxyNote, this.dimensions);
	}

	/** A text in the six languages, in the order the forms show them. */
	static LocalizedText text(String en, String ru, String tg, String uz, String kk, String ky) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("en", en);
		values.put("ru", ru);
		values.put("tg", tg);
		values.put("uz", uz);
		values.put("kk", kk);
		values.put("ky", ky);
		return new LocalizedText(values);
	}

	/** The form field that shows a service problem about {@code field}. */
	static String formField(String field) {
		return switch (field) {
			case "name" -> "nameEn";
			case "definition" -> "definitionEn";
			default -> field;
		};
	}

}
