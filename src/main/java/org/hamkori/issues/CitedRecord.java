package org.hamkori.issues;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An issue or a recommendation as other modules cite it: by a stable citation made of its
 * mechanism's code, a letter for its kind and the first eight hexadecimal digits of its
 * identifier ({@code CCM-TJ/I-3F2A9C1B}, {@code RCM/R-9B1E22D0}). Issues and
 * recommendations are never renumbered or deleted, so the citation never changes.
 */
public record CitedRecord(Kind kind, UUID id, UUID issueId, UUID mechanismId, String citation) {

	private static final Pattern FORM = Pattern.compile("^(.+)/([IiRr])-([0-9A-Fa-f]{8})$");

	/** What kind of record it is. */
	public enum Kind {

		ISSUE("I"), RECOMMENDATION("R");

		private final String letter;

		Kind(String letter) {
			this.letter = letter;
		}

	}

	/** The address of the record's page: the issue's, at the recommendation's card. */
	public String href() {
		return "/issues/" + this.issueId + ((this.kind == Kind.RECOMMENDATION) ? "#rec-" + this.id : "");
	}

	static String citation(String mechanismCode, Kind kind, UUID id) {
		return mechanismCode + "/" + kind.letter + "-" + prefix(id);
	}

	static String prefix(UUID id) {
		return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	/** The parts of a typed citation: mechanism code, kind and identifier prefix. */
	record Parts(String mechanismCode, Kind kind, String prefix) {
	}

	static Optional<Parts> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(typed.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		Kind kind = m.group(2).equalsIgnoreCase("I") ? Kind.ISSUE : Kind.RECOMMENDATION;
		return Optional.of(new Parts(m.group(1).toUpperCase(Locale.ROOT), kind, m.group(3).toUpperCase(Locale.ROOT)));
	}

}
