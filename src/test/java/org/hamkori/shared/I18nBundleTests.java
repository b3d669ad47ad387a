package org.hamkori.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The message bundles as files: Russian, Tajik, Uzbek, Kazakh and Kyrgyz translate every
 * key of the English bundle (and the navigation, common, role and error keys above all);
 * no translation invents keys or loses placeholders, and every ICU plural pattern formats
 * under the plural rules of its language. Each module keeps its own bundle
 * ({@code i18n/<module>}); the checks run over all of them together.
 */
class I18nBundleTests {

	static final List<String> TRANSLATIONS = List.of("ru", "tg", "uz", "kk", "ky");

	static final List<String> COMPLETE = List.of("ru", "tg", "uz", "kk", "ky");

	static final List<String> REQUIRED_PREFIXES = List.of("nav.", "common.", "role.", "error.");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:\\d+|max)\\}");

	/**
	 * An argument of a message: numbered or named, plain or typed ({@code {count, plural,
	 * ...}}).
	 */
	static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+|[A-Za-z_]\\w*)\\s*[,}]");

	/** Every bundle the application reads: {@code spring.messages.basename}. */
	static List<String> basenames() throws IOException {
		Properties application = new Properties();
		try (InputStream stream = I18nBundleTests.class.getResourceAsStream("/application.properties")) {
			application.load(new InputStreamReader(stream, UTF_8));
		}
		return List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
	}

	/** The main bundle and each module's bundle, merged: keys are unique across them. */
	static Properties bundle(String language) throws IOException {
		Properties merged = new Properties();
		for (String basename : basenames()) {
			Properties one = bundle(basename, language);
			for (String key : one.stringPropertyNames()) {
				assertThat(merged.containsKey(key)).as("%s defined in two bundles", key).isFalse();
				merged.setProperty(key, one.getProperty(key));
			}
		}
		return merged;
	}

	static Properties bundle(String basename, String language) throws IOException {
		String name = "/" + basename + ((language.isEmpty()) ? "" : "_" + language) + ".properties";
		try (InputStream stream = I18nBundleTests.class.getResourceAsStream(name)) {
			assertThat(stream).as("%s on the classpath", name).isNotNull();
			try (Reader reader = new InputStreamReader(stream, UTF_8)) {
				Properties properties = new Properties();
				properties.load(reader);
				return properties;
			}
		}
	}

	static Properties english() throws IOException {
		return bundle("");
	}

	static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	@Test
	void everyTranslationHasEveryKey() throws IOException {
		Set<String> english = english().stringPropertyNames();
		for (String language : COMPLETE) {
			assertThat(bundle(language).stringPropertyNames()).as("keys of messages_%s", language).containsAll(english);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "uz", "kk", "ky" })
	void otherLanguagesHaveEveryNavigationCommonRoleAndErrorKey(String language) throws IOException {
		List<String> required = new ArrayList<>();
		for (String key : english().stringPropertyNames()) {
			if (REQUIRED_PREFIXES.stream().anyMatch(key::startsWith)) {
				required.add(key);
			}
		}
		assertThat(required).isNotEmpty();
		assertThat(bundle(language).stringPropertyNames()).as("keys of messages_%s", language).containsAll(required);
	}

	@Test
	void translationsHaveNoKeyTheEnglishBundleLacks() throws IOException {
		Set<String> english = english().stringPropertyNames();
		for (String language : TRANSLATIONS) {
			Set<String> extra = new TreeSet<>(bundle(language).stringPropertyNames());
			extra.removeAll(english);
			assertThat(extra).as("keys in messages_%s but not in messages.properties", language).isEmpty();
		}
	}

	@Test
	void translationsKeepThePlaceholdersOfTheEnglishText() throws IOException {
		Properties english = english();
		for (String language : TRANSLATIONS) {
			Properties translation = bundle(language);
			for (String key : translation.stringPropertyNames()) {
				assertThat(placeholders(translation.getProperty(key)))
					.as("placeholders of %s in messages_%s", key, language)
					.isEqualTo(placeholders(english.getProperty(key, "")));
			}
		}
	}

	@Test
	void messagesWithArgumentsSurviveMessageFormat() throws IOException {
		for (String language : TRANSLATIONS) {
			Properties translation = bundle(language);
			Locale locale = Locale.forLanguageTag(language);
			for (String key : translation.stringPropertyNames()) {
				String value = translation.getProperty(key);
				if (!value.contains("{0}")) {
					continue;
				}
				String formatted = new java.text.MessageFormat(value, locale)
					.format(new Object[] { "ARG-0", "ARG-1", "ARG-2", "ARG-3", "ARG-4", "ARG-5", "ARG-6", "ARG-7" });
				for (String placeholder : placeholders(value)) {
					String argument = "ARG-" + placeholder.substring(1, placeholder.length() - 1);
					assertThat(formatted).as("%s in messages_%s (a lone apostrophe swallows arguments)", key, language)
						.contains(argument);
				}
			}
		}
	}

	@Test
	void pluralPatternsFormatUnderTheRulesOfTheirLanguage() throws IOException {
		List<String> languages = new ArrayList<>(TRANSLATIONS);
		languages.add("");
		for (String language : languages) {
			Properties bundle = bundle(language);
			ULocale locale = (language.isEmpty()) ? ULocale.ENGLISH : new ULocale(language);
			for (String key : bundle.stringPropertyNames()) {
				String value = bundle.getProperty(key);
				if (!value.contains(", plural,")) {
					continue;
				}
				for (long count : new long[] { 1, 2, 5, 21 }) {
					assertThatNoException().as("%s in messages_%s with %d", key, language, count)
						.isThrownBy(() -> assertThat(new MessageFormat(value, locale).format(Map.of("count", count)))
							.contains(Long.toString(count)));
				}
			}
		}
	}

	static Set<String> arguments(String value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(value);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	@Test
	void translationsUseTheSameArgumentsAsTheEnglishText() throws IOException {
		Properties english = english();
		List<String> wrong = new ArrayList<>();
		for (String language : TRANSLATIONS) {
			Properties translation = bundle(language);
			for (String key : translation.stringPropertyNames()) {
				Set<String> theirs = arguments(translation.getProperty(key));
				Set<String> ours = arguments(english.getProperty(key, ""));
				if (!theirs.equals(ours)) {
					wrong.add(language + " " + key + ": " + theirs + " instead of " + ours);
				}
			}
		}
		assertThat(wrong).as("messages whose arguments differ from English").isEmpty();
	}

	/**
	 * Every plural argument of every bundle uses only the plural categories its language
	 * has under ICU's plural rules (Russian: one, few, many, other; Uzbek, Kazakh and
	 * Kyrgyz: one, other; Tajik: other only), gives each of them, and has {@code other}.
	 */
	@Test
	void pluralFormsAreTheCategoriesOfTheirLanguage() throws IOException {
		List<String> languages = new ArrayList<>(TRANSLATIONS);
		languages.add("");
		List<String> wrong = new ArrayList<>();
		for (String language : languages) {
			ULocale locale = (language.isEmpty()) ? ULocale.ENGLISH : new ULocale(language);
			Set<String> categories = PluralRules.forLocale(locale).getKeywords();
			Properties bundle = bundle(language);
			for (String key : bundle.stringPropertyNames()) {
				String value = bundle.getProperty(key);
				if (!value.contains(", plural,")) {
					continue;
				}
				for (Set<String> selectors : pluralSelectors(value)) {
					Set<String> named = new TreeSet<>(selectors);
					named.removeIf((s) -> s.startsWith("="));
					Set<String> unknown = new TreeSet<>(named);
					unknown.removeAll(categories);
					Set<String> missing = new TreeSet<>(categories);
					missing.removeAll(named);
					if (!unknown.isEmpty() || !missing.isEmpty()) {
						wrong.add(language + " " + key + ": unknown " + unknown + ", missing " + missing);
					}
				}
			}
		}
		assertThat(wrong).as("plural forms that do not match the language's categories").isEmpty();
	}

	/** The selectors of each plural argument of an ICU message pattern. */
	static List<Set<String>> pluralSelectors(String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		List<Set<String>> plurals = new ArrayList<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_START
					&& part.getArgType() == MessagePattern.ArgType.PLURAL) {
				Set<String> selectors = new TreeSet<>();
				int limit = parsed.getLimitPartIndex(i);
				for (int j = i + 1; j < limit; j++) {
					MessagePattern.Part p = parsed.getPart(j);
					if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
						selectors.add(parsed.getSubstring(p));
					}
					else if (p.getType() == MessagePattern.Part.Type.MSG_START) {
						j = parsed.getLimitPartIndex(j);
					}
				}
				plurals.add(selectors);
			}
		}
		return plurals;
	}

	@Test
	void russianMemberCountUsesThreeNounForms() throws IOException {
		String pattern = bundle("ru").getProperty("members.count");
		MessageFormat format = new MessageFormat(pattern, new ULocale("ru"));
		List<String> nouns = new ArrayList<>();
		for (long count : new long[] { 1, 3, 5 }) {
			String formatted = format.format(Map.of("count", count));
			assertThat(formatted).startsWith(count + " ");
			nouns.add(formatted.substring(Long.toString(count).length()).trim());
		}
		assertThat(nouns).doesNotHaveDuplicates();
		assertThat(nouns).containsExactly("участник", "участника", "участников");
	}

	@Test
	void lettersOfTajikAndUzbekSurviveTheEncoding() throws IOException {
		String tajik = String.join("\n", bundle("tg").values().stream().map(Object::toString).toList());
		assertThat(tajik).containsAnyOf("ҳ", "ҷ", "ӣ");
		String uzbek = String.join("\n", bundle("uz").values().stream().map(Object::toString).toList());
		assertThat(uzbek).contains("\u02BB");
	}

}
