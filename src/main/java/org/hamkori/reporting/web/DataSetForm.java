package org.hamkori.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.security.Visibility;

/**
 * The new-data-set form: a code, names, periodicity, visibility and catalogue indicators.
 */
public class DataSetForm {

	private String code = "";

	private String nameEn = "";

	private String nameRu = "";

	private Periodicity periodicity = Periodicity.QUARTERLY;

	private Visibility visibility = Visibility.MEMBERS;

	private List<String> indicators = new ArrayList<>();

	private List<String> required = new ArrayList<>();

	private BigDecimal changeWarning = new BigDecimal("50");

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameRu() {
		return this.nameRu;
	}

	public void setNameRu(String nameRu) {
		this.nameRu = nameRu;
	}

	public Periodicity getPeriodicity() {
		return this.periodicity;
	}

	public void setPeriodicity(Periodicity periodicity) {
		this.periodicity = (periodicity != null) ? periodicity : Periodicity.QUARTERLY;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = (visibility != null) ? visibility : Visibility.MEMBERS;
	}

	public List<String> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(List<String> indicators) {
		this.indicators = (indicators != null) ? indicators : new ArrayList<>();
	}

	public List<String> getRequired() {
		return this.required;
	}

	public void setRequired(List<String> required) {
		this.required = (required != null) ? required : new ArrayList<>();
	}

	public BigDecimal getChangeWarning() {
		return this.changeWarning;
	}

	public void setChangeWarning(BigDecimal changeWarning) {
		this.changeWarning = changeWarning;
	}

}
