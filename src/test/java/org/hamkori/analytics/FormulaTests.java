package org.hamkori.analytics;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Derived-indicator formulas: arithmetic over indicator variables; a missing input or a
 * division by zero gives no value; the read-only context refuses types, constructors and
 * method calls, so a formula cannot reach anything but its numbers.
 */
class FormulaTests {

	@Test
	void remittancesPerDepartingMigrant() {
		Formula formula = Formula.parse("#REMITTANCES / #DEPARTURES");
		assertThat(formula.variables()).containsExactlyInAnyOrder("REMITTANCES", "DEPARTURES");
		assertThat(formula.evaluate(Map.of("REMITTANCES", new BigDecimal("1000"), "DEPARTURES", new BigDecimal("8"))))
			.contains(new BigDecimal("125.0000"));
		assertThat(Formula.parse("(#A + #B) * 100 / #C")
			.evaluate(Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE, "C", new BigDecimal("3"))))
			.contains(new BigDecimal("66.6667"));
	}

	@Test
	void aMissingInputOrADivisionByZeroGivesNoValue() {
		Formula formula = Formula.parse("#REMITTANCES / #DEPARTURES");
		assertThat(formula.evaluate(Map.of("REMITTANCES", BigDecimal.TEN))).isEmpty();
		assertThat(formula.evaluate(Map.of("REMITTANCES", BigDecimal.TEN, "DEPARTURES", BigDecimal.ZERO))).isEmpty();
		assertThat(Formula.parse("#A / 0").evaluate(Map.of("A", BigDecimal.ZERO))).isEmpty();
	}

	@Test
	void onlyTheGrammarIsAcceptedWhenSaved() {
		for (String refused : new String[] { "T(java.lang.Runtime).getRuntime().availableProcessors() + #A",
				"new java.io.File('/').list().length + #A", "#A.getClass().getName().length()", "1 + 2", "#A +",
				"#A ^ 2", "#A == 1", "IF(#A > 0, 1, 2)", "#A + PI", "#A + \"x\"", "#A[0]", "#A.b", "SQRT(#A)",
				"#A && #A", "#A; #A", "#{A}", "## A", "#A % 2", "FACT(#A)", "2 #A" }) {
			assertThatIllegalArgumentException().as(refused).isThrownBy(() -> Formula.parse(refused));
		}
		Map<String, BigDecimal> values = Map.of("A", new BigDecimal("-3"), "B", new BigDecimal("4"));
		assertThat(Formula.parse("MAX(ABS(#A), #B) + MIN(#A, #B) * 2").evaluate(values))
			.contains(new BigDecimal("-2.0000"));
		assertThat(Formula.parse("-#A + AVERAGE(#A, #B) - SUM(1, 2)").evaluate(values))
			.contains(new BigDecimal("0.5000"));
	}

	@Test
	void decimalsStayDecimal() {
		// binary floating point gives 0.30000000000000004 for 0.1 + 0.2 and loses digits
		// beyond 16
		assertThat(Formula.parse("#A + #B").evaluate(Map.of("A", new BigDecimal("0.1"), "B", new BigDecimal("0.2"))))
			.contains(new BigDecimal("0.3000"));
		assertThat(Formula.parse("#A + #B")
			.evaluate(Map.of("A", new BigDecimal("12345678901234567890"), "B", BigDecimal.ONE)))
			.contains(new BigDecimal("12345678901234567891.0000"));
	}

}
