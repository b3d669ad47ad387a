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
	void nothingButArithmeticRuns() {
		Map<String, BigDecimal> a = Map.of("A", BigDecimal.ONE);
		assertThat(Formula.parse("T(java.lang.Runtime).getRuntime().availableProcessors() + #A").evaluate(a)).isEmpty();
		assertThat(Formula.parse("new java.io.File('/').list().length + #A").evaluate(a)).isEmpty();
		assertThat(Formula.parse("#A.getClass().getName().length()").evaluate(a)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse("1 + 2"));
		assertThatIllegalArgumentException().isThrownBy(() -> Formula.parse("#A +"));
	}

}
