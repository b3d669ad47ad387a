package org.hamkori.shared;

import org.junit.jupiter.api.Test;

import org.hamkori.shared.export.SpreadsheetCells;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

	@Test
	void neutralisesEveryFormulaTrigger() {
		for (String evil : new String[] { "=HYPERLINK(\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx" }) {
			assertThat(SpreadsheetCells.text(evil)).startsWith("'");
		}
	}

	@Test
	void leavesOrdinaryTextAlone() {
		assertThat(SpreadsheetCells.text("Национальный банк")).isEqualTo("Национальный банк");
		assertThat(SpreadsheetCells.text(null)).isEmpty();
	}

}
