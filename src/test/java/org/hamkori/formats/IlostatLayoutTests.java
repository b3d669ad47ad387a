package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * ILOSTAT's SDMX-CSV as its SDMX service writes it (SDMX-CSV 1.0: DATAFLOW, the
 * dimensions REF_AREA, FREQ, MEASURE, SEX and AGE, TIME_PERIOD, OBS_VALUE, then the
 * attributes UNIT_MEASURE_TYPE, UNIT_MEASURE, UNIT_MULT, SOURCE, OBS_STATUS, the three
 * NOTE_ columns and DECIMALS). Employment is published in thousands (UNIT_MULT 3): the
 * reader gives each value as written with its multiplier, and the import moves it exactly
 * into the indicator's own unit.
 */
class IlostatLayoutTests {

	private static final String HEADER = "DATAFLOW,REF_AREA,FREQ,MEASURE,SEX,AGE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE_TYPE,"
			+ "UNIT_MEASURE,UNIT_MULT,SOURCE,OBS_STATUS,NOTE_CLASSIF,NOTE_INDICATOR,NOTE_SOURCE,DECIMALS\n";

	private static final String FLOW = "ILO:DF_EMP_TEMP_SEX_AGE_NB(1.0)";

	@Test
	void readsIlostatThousandsAsWrittenWithTheirMultiplier() throws IOException {
		String csv = HEADER + FLOW + ",TJK,A,EMP_TEMP_NB,SEX_T,AGE_YTHADULT_YGE15,2019,2456.789,NB,PS,3,BA:1234,,,,,3\n"
				+ FLOW + ",TJK,A,EMP_TEMP_NB,SEX_F,AGE_YTHADULT_YGE15,2019,1012.0456789,NB,PS,3,BA:1234,B,,,,3\n" + FLOW
				+ ",KGZ,A,EMP_TEMP_NB,SEX_M,AGE_YTHADULT_YGE15,2021,1520,NB,PS,3,BA:1234,,,,,0\n" + FLOW
				+ ",KAZ,A,EMP_TEMP_NB,SEX_T,AGE_YTHADULT_YGE15,2022,9123456,NB,PS,,BA:1234,,,,,0\n";
		List<SourceRow> rows = read(csv);
		assertThat(rows)
			.extracting(SourceRow::line, SourceRow::indicator, SourceRow::period, SourceRow::value,
					SourceRow::unitMultiplier)
			.containsExactly(tuple(2L, "EMP_TEMP_NB", "2019", "2456.789", 3),
					tuple(3L, "EMP_TEMP_NB", "2019", "1012.0456789", 3), tuple(4L, "EMP_TEMP_NB", "2021", "1520", 3),
					tuple(5L, "EMP_TEMP_NB", "2022", "9123456", null));
		assertThat(rows.get(1).dimensions())
			.isEqualTo(Map.of("REF_AREA", "TJK", "SEX", "SEX_F", "AGE", "AGE_YTHADULT_YGE15"));
	}

	@Test
	void aUnitMultiplierThatIsNotAPowerOfTenIsAProblemOfItsLine() throws IOException {
		String csv = HEADER + FLOW
				+ ",TJK,A,EMP_TEMP_NB,SEX_T,AGE_YTHADULT_YGE15,2019,2456.789,NB,PS,thousands,,,,,,3\n" + FLOW
				+ ",TJK,A,EMP_TEMP_NB,SEX_T,AGE_YTHADULT_YGE15,2020,1,NB,PS,15,,,,,,3\n";
		List<SourceRow> rows = read(csv);
		assertThat(rows).extracting(SourceRow::line, SourceRow::problem)
			.containsExactly(tuple(2L, "data.sdmx.unit-mult"), tuple(3L, "data.sdmx.unit-mult"));
	}

	private static List<SourceRow> read(String csv) throws IOException {
		try (SdmxCsvReader reader = new SdmxCsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
			return Samples.readAll(reader);
		}
	}

}
