package org.hamkori.results;

import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * What an editor says about an indicator. The baseline is typed as text and read exactly
 * ({@link ResultValues}); the catalogue code is empty for an indicator whose actuals are
 * entered.
 */
public record IndicatorDetails(UUID levelId, String code, LocalizedText name, String unit, String disaggregation,
		String baselineValue, Integer baselineYear, String catalogueCode) {

	public IndicatorDetails {
		code = (blankToNull(code) != null) ? code.strip() : null;
		unit = (blankToNull(unit) != null) ? unit.strip() : null;
		disaggregation = blankToNull(disaggregation);
		baselineValue = blankToNull(baselineValue);
		catalogueCode = blankToNull(catalogueCode);
	}

}
