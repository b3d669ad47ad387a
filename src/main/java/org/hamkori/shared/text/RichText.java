package org.hamkori.shared.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Rich text as people write it in Hamkori (minutes, comments): Markdown, never HTML.
 * {@link #problems} tells a writer what will not be accepted (raw HTML such as a
 * {@code <script>}, links that are not http, https or mailto, images), so bad input gets
 * a clear message instead of silently vanishing; {@link #toHtml} renders with CommonMark
 * and still passes the result through the OWASP allowlist sanitizer, so nothing stored
 * earlier can ever run in a reader's browser. Exposed to templates as {@code @richText}.
 */
@Component("richText")
public class RichText {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "pre", "code", "hr", "blockquote")
			.allowElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("noopener", "noreferrer", "nofollow")
			.toFactory());

	/** The message keys of what is wrong with a text; empty when it is fine. */
	public List<String> problems(String markdown) {
		List<String> problems = new ArrayList<>();
		if (markdown == null || markdown.isEmpty()) {
			return problems;
		}
		Node document = PARSER.parse(markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(HtmlBlock html) {
				add("richtext.error.html");
			}

			@Override
			public void visit(HtmlInline html) {
				add("richtext.error.html");
			}

			@Override
			public void visit(Image image) {
				add("richtext.error.image");
			}

			@Override
			public void visit(Link link) {
				String url = link.getDestination().strip().toLowerCase(Locale.ROOT);
				if (!(url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:"))) {
					add("richtext.error.link");
				}
				visitChildren(link);
			}

			private void add(String key) {
				if (!problems.contains(key)) {
					problems.add(key);
				}
			}
		});
		return problems;
	}

	/** Safe HTML for a page. */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

	/** The text without markup, for PDFs, DOCX and e-mails. */
	public List<String> paragraphs(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return List.of();
		}
		return List.of(markdown.strip().split("\\R\\s*\\R"));
	}

}
