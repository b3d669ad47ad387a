package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The start of an uploaded CSV file as the mapping screen shows it. */
class CsvPreviewTests {

	@Test
	void russianExcelFileHasSemicolonsDecimalCommaAndNoByteOrderMarkInItsFirstHeader() throws IOException {
		try (InputStream in = Samples.open("long-semicolon-bom.csv")) {
			CsvPreview preview = CsvPreview.read(in);
			assertThat(preview.delimiter()).isEqualTo(';');
			assertThat(preview.decimalComma()).isTrue();
			assertThat(preview.headers()).containsExactly("Показатель", "Период", "Пол", "Возраст", "Страна назначения",
					"Значение", "Комментарий");
			assertThat(preview.rows()).hasSizeLessThanOrEqualTo(CsvPreview.ROWS);
			assertThat(preview.rows().get(0)).containsExactly("LM_OUTFLOW", "2024", "F", "Y15T24", "RUS",
					"1\u00A0234,5", "");
			assertThat(preview.looksWide()).isFalse();
			assertThat(preview.looksSdmx()).isFalse();
			assertThat(preview.suggestedMapping().role("Значение")).isEqualTo(ColumnMapping.VALUE);
		}
	}

	@Test
	void commaFileWithDecimalPointsAndYearColumnsLooksWide() throws IOException {
		try (InputStream in = Samples.open("wide-worldbank.csv")) {
			CsvPreview preview = CsvPreview.read(in);
			assertThat(preview.delimiter()).isEqualTo(',');
			assertThat(preview.decimalComma()).isFalse();
			assertThat(preview.looksWide()).isTrue();
			assertThat(preview.headers()).contains("2019 [YR2019]");
		}
	}

	@Test
	void tabsAndSdmxAreRecognised() {
		CsvPreview tabs = preview("INDICATOR\tPERIOD\tOBS_VALUE\nLM_OUTFLOW\t2024\t1,5\nLM_OUTFLOW\t2023\t2,25\n");
		assertThat(tabs.delimiter()).isEqualTo('\t');
		assertThat(tabs.decimalComma()).isTrue();
		CsvPreview sdmx = preview(
				"STRUCTURE,STRUCTURE_ID,ACTION,TIME_PERIOD,OBS_VALUE\n" + "dataflow,IOM:DF(1.0),I,2024,1.5\n");
		assertThat(sdmx.looksSdmx()).isTrue();
		assertThat(sdmx.decimalComma()).isFalse();
	}

	@Test
	void thousandsWithCommasInACommaFileAreNotDecimalComma() {
		CsvPreview preview = preview("Indicator,Year,Value\nLM_OUTFLOW,2024,\"1,234\"\nLM_OUTFLOW,2023,\"12,500.5\"\n");
		assertThat(preview.decimalComma()).isFalse();
		assertThat(preview("Показатель;Год;Значение\nLM;2024;1,234\n").decimalComma()).isTrue();
	}

	@Test
	void windows1251FileFailsWithTheLineOfTheFirstCyrillicLetter() throws IOException {
		try (InputStream in = Samples.open("long-windows-1251.csv")) {
			assertThatExceptionOfType(FileFormatException.class).isThrownBy(() -> CsvPreview.read(in))
				.satisfies((ex) -> {
					assertThat(ex.messageKey()).isEqualTo("data.file.encoding");
					assertThat(ex.arguments()).containsExactly(3L);
				});
		}
	}

	@Test
	void emptyFilesAreEmptyWithOrWithoutByteOrderMark() {
		for (byte[] bytes : List.of(new byte[0], new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"\r\n\r\n".getBytes(StandardCharsets.US_ASCII))) {
			assertThatExceptionOfType(FileFormatException.class)
				.isThrownBy(() -> CsvPreview.read(new ByteArrayInputStream(bytes)))
				.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("data.file.empty"));
		}
	}

	private static CsvPreview preview(String text) {
		return CsvPreview.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

}
