package org.hamkori.shared.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The Markdown renderer under Jazzer: any text renders without an exception, and the HTML
 * never carries a script, a frame, an image, a style, an event handler or a
 * {@code javascript:} link. In the normal suite only the inputs under
 * {@code src/test/resources/org/hamkori/shared/text/RichTextFuzzTestsInputs/render/} run;
 * the long run is {@code org.hamkori.bench.ReaderFuzzBenchmark#markdown}.
 */
public class RichTextFuzzTests {

	private static final RichText RICH_TEXT = new RichText();

	private static final Pattern FORBIDDEN = Pattern
		.compile("<(script|iframe|img|style|object|embed|svg|form|input|link|meta|base)\\b|\\son[a-z]+\\s*="
				+ "|href\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):");

	@FuzzTest
	void render(FuzzedDataProvider data) {
		render(data.consumeRemainingAsString());
	}

	/** Renders a text and checks the HTML; throws when it is unsafe. */
	public static void render(String markdown) {
		RICH_TEXT.problems(markdown);
		RICH_TEXT.paragraphs(markdown);
		String html = RICH_TEXT.toHtml(markdown);
		for (String tag : tags(html)) {
			if (FORBIDDEN.matcher(tag.toLowerCase(Locale.ROOT)).find()) {
				throw new IllegalStateException("Unsafe HTML " + tag + " from " + markdown);
			}
		}
	}

	/** The tags of an HTML text, with their attributes; text between them is left out. */
	private static List<String> tags(String html) {
		List<String> tags = new java.util.ArrayList<>();
		int start = html.indexOf('<');
		while (start >= 0) {
			int end = html.indexOf('>', start);
			if (end < 0) {
				tags.add(html.substring(start));
				break;
			}
			tags.add(html.substring(start, end + 1));
			start = html.indexOf('<', end);
		}
		return tags;
	}

}
