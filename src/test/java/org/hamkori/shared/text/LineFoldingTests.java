package org.hamkori.shared.text;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folding at 75 octets (RFC 5545 3.1): a line of two-octet Cyrillic, three-octet and
 * four-octet characters is folded without splitting any, and unfolding gives it back.
 */
class LineFoldingTests {

	@Test
	void foldsAtSeventyFiveOctetsWithoutSplittingACharacter() {
		String summary = "SUMMARY:CCM-TJ/4 · Ҷаласаи шӯрои ҳамоҳангсозӣ оид ба муҳоҷирати меҳнатӣ ва "
				+ "интиқоли пул — 会议 🇹🇯 " + "x".repeat(80);
		String folded = LineFolding.fold("BEGIN:VEVENT\r\n" + summary + "\r\nEND:VEVENT\r\n");
		assertThat(folded).startsWith("BEGIN:VEVENT\r\n").endsWith("\r\nEND:VEVENT\r\n");
		for (String line : folded.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\uFFFD");
			assertThat(Character.isLowSurrogate(line.isEmpty() ? 'a' : line.charAt(0))).isFalse();
		}
		assertThat(folded.split("\r\n").length).isGreaterThan(4);
		assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VEVENT\r\n" + summary + "\r\nEND:VEVENT\r\n");
	}

	@Test
	void shortLinesStayAsTheyAre() {
		assertThat(LineFolding.fold("A:1\r\nB:2\r\n")).isEqualTo("A:1\r\nB:2\r\n");
	}

}
