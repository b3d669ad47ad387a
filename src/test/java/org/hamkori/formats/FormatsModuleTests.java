package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The formats module on its own. It publishes and hears no events and has no beans: its
 * API is the readers. Started alone, a Russian Excel export is previewed with its mapping
 * suggested, and a file that is not UTF-8 is refused with a message key that the
 * application's message source (which loads the module's bundle) names in the reader's
 * language, with the line.
 */
@ApplicationModuleTest
class FormatsModuleTests {

	@Autowired
	MessageSource messages;

	@Test
	void aFileIsPreviewedOrRefusedInTheReadersLanguage() {
		CsvPreview preview = CsvPreview.read(new ByteArrayInputStream(
				"Показатель;Период;Значение\nLM_OUTFLOW;2024;1 234,5\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.delimiter()).isEqualTo(';');
		assertThat(preview.decimalComma()).isTrue();
		assertThat(preview.suggestedMapping().role("Значение")).isEqualTo(ColumnMapping.VALUE);

		byte[] windows1251 = "Indicator;Period;Value\nLM;2024;1\nЗначение;2024;2\n"
			.getBytes(java.nio.charset.Charset.forName("windows-1251"));
		FileFormatException refused = catchThrowableOfType(FileFormatException.class,
				() -> CsvPreview.read(new ByteArrayInputStream(windows1251)));
		assertThat(refused.messageKey()).isEqualTo("data.file.encoding");
		assertThat(this.messages.getMessage(refused.messageKey(), refused.arguments(), Locale.forLanguageTag("ru")))
			.contains("UTF-8", "строке 3");
	}

}
