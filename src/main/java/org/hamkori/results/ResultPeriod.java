package org.hamkori.results;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an actual is reported for: a year ({@code 2024}) or a half of it
 * ({@code 2024-H1}, {@code 2024-H2}), the donor's semi-annual rhythm. A year's actual is
 * the whole year's figure when there is one, else the latest half's (decision 0035).
 */
public record ResultPeriod(int year, int half) implements Comparable<ResultPeriod> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-H([12]))?");

	public ResultPeriod {
		if (year < 1900 || year > 2100 || half < 0 || half > 2) {
			throw new IllegalArgumentException("No such period: " + year + "-H" + half);
		}
	}

	public static Optional<ResultPeriod> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		if (year < 1900 || year > 2100) {
			return Optional.empty();
		}
		return Optional.of(new ResultPeriod(year, (m.group(2) != null) ? Integer.parseInt(m.group(2)) : 0));
	}

	public boolean wholeYear() {
		return this.half == 0;
	}

	/**
	 * The whole year ranks after its halves, so the latest known figure of a year is the
	 * greatest.
	 */
	private int rank() {
		return (this.half == 0) ? 3 : this.half;
	}

	@Override
	public int compareTo(ResultPeriod other) {
		return (this.year != other.year) ? Integer.compare(this.year, other.year)
				: Integer.compare(rank(), other.rank());
	}

	@Override
	public String toString() {
		return (this.half == 0) ? String.valueOf(this.year) : this.year + "-H" + this.half;
	}

}
