package org.hamkori.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightTests {

	@Test
	void escapesFirstThenMarksTheMatchingWords() {
		String html = Search.highlight("<b>Сборы</b> & fees", Terms.get().query("сборов"));
		assertThat(html).isEqualTo("&lt;b&gt;<mark>Сборы</mark>&lt;/b&gt; &amp; fees");
	}

	@Test
	void anExcerptIsThePassageAroundTheFirstMatch() {
		String text = "word ".repeat(200) + "Dushanbe conference " + "tail ".repeat(200);
		String excerpt = Search.excerpt(text, Terms.get().query("Душанбе"));
		assertThat(excerpt).startsWith("… ").endsWith(" …").contains("<mark>Dushanbe</mark>").hasSizeLessThan(400);
		assertThat(Search.excerpt("nothing here", Terms.get().query("Душанбе"))).isEmpty();
	}

}
