package org.hamkori.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the format readers throw or put on a problem row is in the
 * dataformats bundle, in English, Russian and Tajik, and formats with its argument.
 */
class DataFormatsMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"(data\\.(?:file|cell|sdmx)\\.[A-Za-z0-9.-]+)\"");

	@Test
	void everyKeyTheReadersUseIsTranslated() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/hamkori/formats"))) {
			for (Path source : sources.toList()) {
				Matcher matcher = KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		assertThat(keys).contains("data.file.encoding", "data.file.empty", "data.cell.formula", "data.sdmx.delete",
				"data.file.zip-bomb", "data.file.not-xlsx");

		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/dataformats");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		for (String key : keys) {
			String english = messages.getMessage(key, new Object[] { "ARG" }, Locale.ENGLISH);
			for (String language : new String[] { "ru", "tg" }) {
				String translated = messages.getMessage(key, new Object[] { "ARG" }, Locale.forLanguageTag(language));
				assertThat(translated).as("%s in %s", key, language).isNotEqualTo(english);
				assertThat(translated.contains("ARG")).as("argument of %s in %s", key, language)
					.isEqualTo(english.contains("ARG"));
			}
		}
		assertThat(messages.getMessage("data.file.encoding", new Object[] { 3L }, Locale.forLanguageTag("ru")))
			.contains("строке 3");
	}

}
