package org.hamkori.results.web;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.hamkori.results.IndicatorDetails;
import org.hamkori.results.ResultIndicator;
import org.hamkori.shared.i18n.LocalizedText;

/**
 * An indicator as an editor types it. The baseline is text, read exactly by the
 * framework; an empty catalogue code means its actuals are entered.
 */
record IndicatorForm(UUID levelId, @Size(max = 20, message = "{validation.size.max}") String code,
		@Size(max = 500, message = "{validation.size.max}") String nameRu,
		@Size(max = 500, message = "{validation.size.max}") String nameEn,
		@Size(max = 100, message = "{validation.size.max}") String unit,
		@Size(max = 500, message = "{validation.size.max}") String disaggregation,
		@Size(max = 40, message = "{validation.size.max}") String baselineValue, Integer baselineYear,
		String catalogueCode, Long version) {

	static IndicatorForm empty(UUID levelId) {
		return new IndicatorForm(levelId, "", "", "", "", "", "", null, "", null);
	}

	static IndicatorForm of(ResultIndicator i) {
		return new IndicatorForm(i.levelId(), i.code(), i.name().get("ru"), i.name().get("en"), i.unit(),
				i.disaggregation(), (i.baselineValue() != null) ? i.baselineValue().toPlainString() : "",
				i.baselineYear(), i.catalogueCode(), i.version());
	}

	IndicatorDetails toDetails(LocalizedText existing) {
		return new IndicatorDetails(this.levelId, this.code, LevelForm.text(this.nameRu, this.nameEn, existing),
				this.unit, this.disaggregation, this.baselineValue, this.baselineYear, this.catalogueCode);
	}

	IndicatorForm withVersion(Long newVersion) {
		return new IndicatorForm(this.levelId, this.code, this.nameRu, this.nameEn, this.unit, this.disaggregation,
				this.baselineValue, this.baselineYear, this.catalogueCode, newVersion);
	}

}
