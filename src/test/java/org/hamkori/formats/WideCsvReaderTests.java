package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The wide layout: periods as columns, as World Bank downloads and yearbooks have them.
 */
class WideCsvReaderTests {

	@Test
	void readsAWorldBankDownloadWithCountryNamesAndSkipsMissingValues() throws IOException {
		CsvPreview preview;
		try (InputStream in = Samples.open("wide-worldbank.csv")) {
			preview = CsvPreview.read(in);
		}
		ColumnMapping mapping = preview.suggestedMapping();
		// the World Bank's country is the reporting economy (remittances Tajikistan
		// received)
		assertThat(mapping.role("Country Name")).isEqualTo("REF_AREA");
		assertThat(mapping.role("Series Code")).isEqualTo("INDICATOR");
		WideCsvReader reader = new WideCsvReader(Samples.open("wide-worldbank.csv"), CsvOptions.of(preview, mapping));
		assertThat(reader.periods()).containsExactly("2019", "2020", "2021");
		List<SourceRow> rows = Samples.readAll(reader);

		assertThat(rows).extracting(SourceRow::line, SourceRow::period, SourceRow::value)
			.containsExactly(tuple(2L, "2019", "2322141350.5"), tuple(2L, "2020", "2186844526"),
					tuple(2L, "2021", "2922001000"), tuple(3L, "2019", "2410640000"), tuple(3L, "2020", "2448170000"));
		assertThat(rows).extracting(SourceRow::indicator).containsOnly("BX.TRF.PWKR.CD.DT");
		assertThat(rows.get(0).dimensions()).isEqualTo(Map.of("REF_AREA", "Tajikistan"));
		assertThat(rows.get(3).dimensions()).isEqualTo(Map.of("REF_AREA", "Kyrgyz Republic"));
	}

	@Test
	void quartersMonthsAndDecimalCommaWithAFixedIndicator() throws IOException {
		String csv = "Страна;Пол;2023-Q4;2024-Q1;2024-01\nРоссия;F;1 200,5;;7\nКазахстан;M;..;3;\n";
		ColumnMapping mapping = ColumnMapping.suggest(List.of("Страна", "Пол", "2023-Q4", "2024-Q1", "2024-01"));
		List<SourceRow> rows = Samples
			.readAll(new WideCsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
					new CsvOptions(';', true, mapping, "LM_OUTFLOW", null)));
		assertThat(rows).extracting(SourceRow::line, SourceRow::period, SourceRow::value)
			.containsExactly(tuple(2L, "2023-Q4", "1200.5"), tuple(2L, "2024-01", "7"), tuple(3L, "2024-Q1", "3"));
		assertThat(rows).extracting(SourceRow::indicator).containsOnly("LM_OUTFLOW");
		assertThat(rows.get(2).dimensions()).isEqualTo(Map.of("COUNTERPART_AREA", "Казахстан", "SEX", "M"));
	}

	@Test
	void periodHeadersAreRecognisedAndOthersAreNot() {
		assertThat(Cells.periodHeader("2019 [YR2019]")).isEqualTo("2019");
		assertThat(Cells.periodHeader("2021q1")).isEqualTo("2021Q1");
		assertThat(Cells.periodHeader("2021-M03")).isEqualTo("2021-M03");
		assertThat(Cells.periodHeader("2021-01")).isEqualTo("2021-01");
		assertThat(Cells.periodHeader("Country Code")).isNull();
		assertThat(Cells.periodHeader("2021-13")).isNull();
		assertThat(Cells.periodHeader("12345")).isNull();
	}

	@Test
	void aFileWithoutPeriodColumnsIsNotWide() {
		String csv = "Country,Value\nRUS,1\n";
		assertThatExceptionOfType(FileFormatException.class)
			.isThrownBy(() -> new WideCsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
					new CsvOptions(',', false, ColumnMapping.suggest(List.of("Country", "Value")), "X", null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("data.file.no-period-columns"));
	}

}
