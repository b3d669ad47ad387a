package org.hamkori.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * How words become index terms, the same for what is indexed and what is asked: case and
 * diacritics are ignored, Russian words are reduced to their stem (Lucene's Snowball
 * stemmer, so сборы, сборов and сбор meet), and every word is also kept in a Latin
 * spelling (ICU4J's transliterators, so Душанбе meets Dushanbe and Тошкент meets
 * Toshkent). Not thread-safe: one instance per thread.
 */
final class Terms {

	/** Longest term kept; longer words are cut (the prefix still matches). */
	static final int MAX_TERM = 60;

	/** Most words a query uses. */
	static final int MAX_QUERY_WORDS = 8;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final ThreadLocal<Terms> PER_THREAD = ThreadLocal.withInitial(Terms::new);

	private final RussianStemmer stemmer = new RussianStemmer();

	private final Transliterator latin = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");

	private Terms() {
	}

	static Terms get() {
		return PER_THREAD.get();
	}

	/** The words of a text, as written. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}

	/** The terms a text is indexed under: each word's stem and its Latin spelling. */
	Set<String> index(String text, int most) {
		Set<String> terms = new LinkedHashSet<>();
		for (String word : words(text)) {
			if (terms.size() >= most) {
				break;
			}
			String stem = stem(word);
			if (!stem.isEmpty()) {
				terms.add(cut(stem));
			}
			String latin = latin(word);
			if (!latin.isEmpty()) {
				terms.add(cut(latin));
			}
		}
		return terms;
	}

	/**
	 * The prefixes one asked word matches: its stem and the stem's Latin spelling. Words
	 * of one letter are ignored.
	 */
	List<Set<String>> query(String q) {
		List<Set<String>> words = new ArrayList<>();
		for (String word : words(q)) {
			if (words.size() >= MAX_QUERY_WORDS) {
				break;
			}
			if (word.length() < 2) {
				continue;
			}
			Set<String> prefixes = new LinkedHashSet<>();
			String stem = stem(word);
			if (!stem.isEmpty()) {
				prefixes.add(cut(stem));
				String latin = latin(stem);
				if (!latin.isEmpty()) {
					prefixes.add(cut(latin));
				}
			}
			if (!prefixes.isEmpty()) {
				words.add(prefixes);
			}
		}
		return words;
	}

	/** A word lower-cased, stemmed if it is Cyrillic, without diacritics. */
	String stem(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
		if (CYRILLIC.matcher(lower).find()) {
			this.stemmer.setCurrent(lower);
			this.stemmer.stem();
			lower = this.stemmer.getCurrent();
		}
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

	/** A word in Latin letters without diacritics, lower-cased. */
	String latin(String word) {
		String latin = this.latin.transliterate(word);
		StringBuilder kept = new StringBuilder(latin.length());
		latin.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static String cut(String term) {
		return (term.length() <= MAX_TERM) ? term : term.substring(0, MAX_TERM);
	}

}
