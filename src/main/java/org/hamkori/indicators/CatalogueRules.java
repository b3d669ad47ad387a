package org.hamkori.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleViolation;

/**
 * The rules an indicator or an extra code must keep before the catalogue takes it. Every
 * problem is collected, so a form shows them all at once.
 */
final class CatalogueRules {

	static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	static final Pattern EXTRA_CODE = Pattern.compile("[A-Z0-9_]{1,20}");

	static final Set<String> KINDS = Set.of("STOCK", "FLOW");

	static final Set<String> AGGREGATIONS = Set.of("SUM", "AVERAGE", "LAST");

	private CatalogueRules() {
	}

	/**
	 * The problems of a draft; {@code before} is the indicator it replaces, or null for a
	 * new one.
	 */
	static List<RuleViolation.Problem> check(IndicatorDraft draft, IndicatorCatalogue.Indicator before,
			Set<String> dimensions) {
		List<RuleViolation.Problem> problems = new ArrayList<>();
		if (before == null && (draft.code() == null || !INDICATOR_CODE.matcher(draft.code()).matches())) {
			problems.add(new RuleViolation.Problem("code", "catalogue.code-invalid"));
		}
		if (draft.name().isEmpty()) {
			problems.add(new RuleViolation.Problem("name", "catalogue.name-required"));
		}
		tooLong(problems, "name", draft.name(), 300);
		if (draft.definition().isEmpty()) {
			problems.add(new RuleViolation.Problem("definition", "catalogue.definition-required"));
		}
		tooLong(problems, "definition", draft.definition(), 1200);
		if (blank(draft.unit())) {
			problems.add(new RuleViolation.Problem("unit", "catalogue.unit-required"));
		}
		else if (draft.unit().strip().length() > 40) {
			problems.add(new RuleViolation.Problem("unit", "catalogue.too-long", 40));
		}
		if (draft.unitMultiplier() == null || draft.unitMultiplier() < 0 || draft.unitMultiplier() > 12) {
			problems.add(new RuleViolation.Problem("unitMultiplier", "catalogue.unit-multiplier-invalid"));
		}
		if (draft.kind() == null || !KINDS.contains(draft.kind())) {
			problems.add(new RuleViolation.Problem("kind", "catalogue.kind-invalid"));
		}
		if (!isPeriodicity(draft.periodicity())) {
			problems.add(new RuleViolation.Problem("periodicity", "catalogue.periodicity-invalid"));
		}
		if (draft.aggregation() == null || !AGGREGATIONS.contains(draft.aggregation())) {
			problems.add(new RuleViolation.Problem("aggregation", "catalogue.aggregation-invalid"));
		}
		else if ("STOCK".equals(draft.kind()) && "SUM".equals(draft.aggregation())) {
			problems.add(new RuleViolation.Problem("aggregation", "catalogue.stock-summed"));
		}
		if (blank(draft.source())) {
			problems.add(new RuleViolation.Problem("source", "catalogue.source-required"));
		}
		else if (draft.source().strip().length() > 1000) {
			problems.add(new RuleViolation.Problem("source", "catalogue.too-long", 1000));
		}
		if (draft.reference() != null && draft.reference().strip().length() > 200) {
			problems.add(new RuleViolation.Problem("reference", "catalogue.too-long", 200));
		}
		if (draft.proxyNote() != null && draft.proxyNote().strip().length() > 2000) {
			problems.add(new RuleViolation.Problem("proxyNote", "catalogue.too-long", 2000));
		}
		for (String d : draft.dimensions()) {
			if (!dimensions.contains(d)) {
				problems.add(new RuleViolation.Problem("dimensions", "catalogue.dimension-unknown", d));
			}
		}
		if (before != null) {
			for (String d : before.dimensions()) {
				if (!draft.dimensions().contains(d)) {
					problems.add(new RuleViolation.Problem("dimensions", "catalogue.dimension-removed", d));
				}
			}
		}
		return problems;
	}

	/** The problems of an extra code's names. */
	static List<RuleViolation.Problem> checkName(LocalizedText name) {
		List<RuleViolation.Problem> problems = new ArrayList<>();
		if (name == null || name.isEmpty()) {
			problems.add(new RuleViolation.Problem("name", "catalogue.name-required"));
		}
		else {
			tooLong(problems, "name", name, 150);
		}
		return problems;
	}

	private static void tooLong(List<RuleViolation.Problem> problems, String field, LocalizedText text, int max) {
		if (text.values().values().stream().anyMatch((v) -> v.length() > max)) {
			problems.add(new RuleViolation.Problem(field, "catalogue.too-long", max));
		}
	}

	private static boolean isPeriodicity(String value) {
		for (Periodicity p : Periodicity.values()) {
			if (p.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
