package org.hamkori.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.hamkori.search.SearchIndex.Candidate;
import org.hamkori.search.SearchIndex.Filter;
import org.hamkori.search.SearchIndex.Hit;
import org.hamkori.shared.search.SearchSource;
import org.hamkori.shared.security.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The one search: finds candidates in the index by the asked words and the viewer's
 * audience, then asks each owning module which of them the viewer may see, before
 * anything is counted or shown. A record the viewer may not see is never found, counted,
 * nor its title shown.
 */
@Service
public class Search {

	/** The kinds of record, in the order the results show their groups. */
	public static final List<String> TYPES = List.of("meeting", "agenda_item", "minutes", "decision", "action", "issue",
			"recommendation", "policy_change", "programme", "agreement", "data_set", "reference_set", "indicator",
			"library", "document", "person", "organisation");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int EXCERPT = 220;

	private final SearchIndex index;

	private final ObjectProvider<SearchSource> sources;

	Search(SearchIndex index, ObjectProvider<SearchSource> sources) {
		this.index = index;
		this.sources = sources;
	}

	/**
	 * Everything the viewer may see that matches every word of the query, grouped by type
	 * (in {@link #TYPES} order), newest first within a type.
	 */
	@Transactional(readOnly = true)
	public Results find(String q, Viewer viewer, @Nullable Set<String> types, @Nullable UUID mechanismId,
			@Nullable LocalDate from, @Nullable LocalDate to, Locale locale) {
		List<Set<String>> words = Terms.get().query((q != null) ? q : "");
		if (words.isEmpty()) {
			return new Results(List.of(), Map.of());
		}
		List<Candidate> candidates = this.index.candidates(words, viewer, new Filter(types, mechanismId, from, to));
		Set<UUID> visible = visible(candidates, viewer);
		// only what the viewer may see is read for showing
		Map<UUID, Hit> shown = this.index.entries(visible);
		Map<String, Integer> counts = new TreeMap<>(Comparator.comparingInt(Search::order));
		List<Item> items = new ArrayList<>();
		candidates.stream()
			.filter((c) -> visible.contains(c.id()) && shown.containsKey(c.id()))
			.sorted(Comparator.comparingInt((Candidate c) -> order(c.type())))
			.map((c) -> shown.get(c.id()))
			.forEach((h) -> {
				counts.merge(h.type(), 1, Integer::sum);
				String title = h.title().in(locale);
				String language = h.title().languageIn(locale);
				items.add(new Item(h.type(), h.id(), h.mechanismId(), title, "und".equals(language) ? null : language,
						highlight(title, words), excerpt(h.excerpt(), words), h.url(), h.date()));
			});
		return new Results(items, counts);
	}

	private Set<UUID> visible(List<Candidate> candidates, Viewer viewer) {
		Map<String, List<UUID>> byType = candidates.stream()
			.collect(Collectors.groupingBy(Candidate::type, LinkedHashMap::new,
					Collectors.mapping(Candidate::id, Collectors.toList())));
		Set<UUID> visible = new HashSet<>();
		for (SearchSource source : this.sources.orderedStream().toList()) {
			for (String type : source.types()) {
				Collection<UUID> ids = byType.get(type);
				if (ids != null && !ids.isEmpty()) {
					Set<UUID> allowed = source.visibleTo(viewer, type, ids);
					ids.stream().filter(allowed::contains).forEach(visible::add);
				}
			}
		}
		return visible;
	}

	private static int order(String type) {
		int i = TYPES.indexOf(type);
		return (i >= 0) ? i : TYPES.size();
	}

	/** The text, escaped, with the words that match wrapped in {@code <mark>}. */
	static String highlight(String text, List<Set<String>> words) {
		StringBuilder html = new StringBuilder();
		Matcher m = WORD.matcher(text);
		int last = 0;
		while (m.find()) {
			html.append(HtmlUtils.htmlEscape(text.substring(last, m.start())));
			String word = m.group();
			if (matches(word, words)) {
				html.append("<mark>").append(HtmlUtils.htmlEscape(word)).append("</mark>");
			}
			else {
				html.append(HtmlUtils.htmlEscape(word));
			}
			last = m.end();
		}
		html.append(HtmlUtils.htmlEscape(text.substring(last)));
		return html.toString();
	}

	/** A short passage around the first match, escaped and highlighted; empty if none. */
	static String excerpt(String text, List<Set<String>> words) {
		if (text == null || text.isBlank()) {
			return "";
		}
		Matcher m = WORD.matcher(text);
		int at = -1;
		while (m.find()) {
			if (matches(m.group(), words)) {
				at = m.start();
				break;
			}
		}
		if (at < 0) {
			return "";
		}
		int start = Math.max(0, at - EXCERPT / 3);
		while (start > 0 && start < at && !Character.isWhitespace(text.charAt(start - 1))) {
			start++;
		}
		int end = Math.min(text.length(), start + EXCERPT);
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		String passage = text.substring(start, end).replaceAll("\\s+", " ").strip();
		return ((start > 0) ? "… " : "") + highlight(passage, words) + ((end < text.length()) ? " …" : "");
	}

	private static boolean matches(String word, List<Set<String>> words) {
		Terms terms = Terms.get();
		String stem = terms.stem(word);
		String latin = terms.latin(word);
		for (Set<String> prefixes : words) {
			for (String p : prefixes) {
				if ((p.length() < 3) ? (stem.equals(p) || latin.equals(p))
						: (stem.startsWith(p) || latin.startsWith(p))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * What a viewer found: every visible hit, grouped by type, and how many of each type.
	 */
	public record Results(List<Item> items, Map<String, Integer> counts) {

		public int total() {
			return this.items.size();
		}

		/** The hits of one page, grouped by type in order. */
		public Map<String, List<Item>> groups(int page, int size) {
			int from = Math.min(this.items.size(), Math.max(0, (page - 1) * size));
			int to = Math.min(this.items.size(), from + size);
			Map<String, List<Item>> groups = new LinkedHashMap<>();
			this.items.subList(from, to)
				.forEach((i) -> groups.computeIfAbsent(i.type(), (t) -> new ArrayList<>()).add(i));
			return groups;
		}

	}

	/**
	 * One hit: its title in the reader's language ({@code titleLanguage} is the language
	 * it is written in) and as escaped HTML with the matching words marked.
	 */
	public record Item(String type, UUID id, @Nullable UUID mechanismId, String title, @Nullable String titleLanguage,
			String titleHtml, String excerptHtml, String url, @Nullable LocalDate date) {
	}

}
