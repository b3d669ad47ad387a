package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** SDMX-CSV 1.0 and 2.0 as statistical offices export them. */
class SdmxCsvReaderTests {

	@Test
	void readsVersionOneWithDimensionsByIdAndACommentAttribute() throws IOException {
		SdmxCsvReader reader = new SdmxCsvReader(Samples.open("sdmx-1.0.csv"));
		List<SourceRow> rows = Samples.readAll(reader);
		assertThat(rows)
			.extracting(SourceRow::line, SourceRow::indicator, SourceRow::period, SourceRow::value, SourceRow::note)
			.containsExactly(tuple(2L, "LM_OUTFLOW", "2024", "1520", null),
					tuple(3L, "LM_OUTFLOW", "2024", "8410.25", "provisional"));
		assertThat(rows.get(0).dimensions())
			.isEqualTo(Map.of("REF_AREA", "TJK", "SEX", "F", "AGE", "Y15T24", "COUNTERPART_AREA", "RUS"));
		assertThat(reader.structure()).isEqualTo("IOM:DF_LABOUR_MIGRATION(1.0)");
	}

	@Test
	void readsVersionTwoWithLabelledCodesActionsAndMeasure() throws IOException {
		CsvPreview preview = CsvPreview.read(Samples.open("sdmx-2.0.csv"));
		assertThat(preview.looksSdmx()).isTrue();
		List<SourceRow> rows = Samples.readAll(new SdmxCsvReader(Samples.open("sdmx-2.0.csv")));
		assertThat(rows).extracting(SourceRow::line, SourceRow::period, SourceRow::value, SourceRow::problem)
			.containsExactly(tuple(2L, "2024-Q1", "310", null), tuple(3L, "2024-M01", "1250", null),
					tuple(4L, null, null, "data.sdmx.delete"), tuple(5L, "2024", "42", null));
		SourceRow revised = rows.get(1);
		assertThat(revised.indicator()).isEqualTo("LM_OUTFLOW");
		assertThat(revised.dimensions()).isEqualTo(Map.of("REF_AREA", "TJK", "SEX", "M", "COUNTERPART_AREA", "RUS"));
		assertThat(revised.note()).isEqualTo("revised after census");
		assertThat(rows.get(2).problemDetail()).isEqualTo("LM_OUTFLOW 2024-01");
		assertThat(rows.get(3).dimensions()).containsEntry("SEX", "_T");
	}

	@Test
	void withoutAnIndicatorColumnTheDataflowIdIsTheIndicatorAndUnknownActionsAreProblems() throws IOException {
		String csv = "STRUCTURE,STRUCTURE_ID,ACTION,SEX,TIME_PERIOD,OBS_VALUE\n"
				+ "dataflow,IOM:REMIT_INFLOW(1.0),A,F,2024,5\n" + "dataflow,IOM:REMIT_INFLOW(1.0),X,F,2024,5\n";
		List<SourceRow> rows = Samples
			.readAll(new SdmxCsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
		assertThat(rows.get(0).indicator()).isEqualTo("REMIT_INFLOW");
		assertThat(rows.get(1).problem()).isEqualTo("data.sdmx.action");
		assertThat(rows.get(1).problemDetail()).isEqualTo("X");
		assertThat(SdmxCsvReader.structureId("ILO:DF_EMP(1.0)"))
			.isEqualTo(new SdmxCsvReader.StructureId("ILO", "DF_EMP", "1.0"));
		assertThat(SdmxCsvReader.structureId("nonsense")).isNull();
	}

	@Test
	void readsHamkorisOwnSdmxCsvWithItsDataflowAndColumns() throws IOException {
		String two = "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,COUNTERPART_AREA,SEX,AGE,DATA_SET,TIME_PERIOD,"
				+ "OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n"
				+ "dataflow,HAMKORI:DF_DEPARTURES(1.0),I,M,TJK,RUS,F,_T,LMS,2024-03,1520.000000000001,PS,0,A\n";
		List<SourceRow> rows = Samples
			.readAll(new SdmxCsvReader(new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8))));
		assertThat(rows).extracting(SourceRow::indicator, SourceRow::period, SourceRow::value, SourceRow::problem)
			.containsExactly(tuple("DEPARTURES", "2024-03", "1520.000000000001", null));
		assertThat(rows.get(0).dimensions())
			.isEqualTo(Map.of("REF_AREA", "TJK", "COUNTERPART_AREA", "RUS", "SEX", "F", "AGE", "_T"));
		String one = "DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,DATA_SET,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,"
				+ "UNIT_MULT,OBS_STATUS\n" + "HAMKORI:DF_REMITTANCES(1.0),Q,KGZ,_T,_T,NBKR,2024-Q2,7.5,USD,6,A\n";
		List<SourceRow> old = Samples
			.readAll(new SdmxCsvReader(new ByteArrayInputStream(one.getBytes(StandardCharsets.UTF_8))));
		assertThat(old).extracting(SourceRow::indicator, SourceRow::period)
			.containsExactly(tuple("REMITTANCES", "2024-Q2"));
		// another agency's DF_ flow keeps its id
		assertThat(SdmxCsvReader.structureId("ILO:DF_EMP(1.0)").indicator()).isEqualTo("DF_EMP");
	}

	@Test
	void filesThatAreNotSdmxOrLackItsColumnsAreRefused() {
		assertKey("INDICATOR,TIME_PERIOD,OBS_VALUE\nA,2024,1\n", "data.sdmx.not-sdmx");
		assertKey("DATAFLOW,INDICATOR,OBS_VALUE\nX:Y(1.0),A,1\n", "data.sdmx.columns");
	}

	private static void assertKey(String csv, String key) {
		assertThatExceptionOfType(FileFormatException.class)
			.isThrownBy(() -> new SdmxCsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
