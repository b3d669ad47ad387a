package org.hamkori.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * A reporting period: a year ({@code 2024}), a quarter ({@code 2024-Q1}) or a month
 * ({@code 2024-01}), written canonically as SDMX writes them. Files write periods in many
 * ways ({@code 2024Q1}, {@code 2024-M01}, {@code 01.2024}, World Bank's
 * {@code 2024 [YR2024]}); {@link #parse} reads them all and says which periodicity they
 * have. A five-yearly period is its reference year ({@code 2020}, then {@code 2025}); it
 * is written as a year, so a year is read as annual and becomes five-yearly through
 * {@link #in(Periodicity)}.
 */
@NamedInterface("periods")
public record Period(Periodicity periodicity, int year, int number) implements Comparable<Period> {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\s*\\[YR\\d{4}])?");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-?M?(\\d{1,2})");

	private static final Pattern MONTH_DOTTED = Pattern.compile("(\\d{1,2})[./](\\d{4})");

	public Period {
		int max = switch (periodicity) {
			case ANNUAL, FIVE_YEARLY -> 1;
			case QUARTERLY -> 4;
			case MONTHLY -> 12;
		};
		if (year < 1000 || year > 9999 || number < 1 || number > max
				|| (periodicity == Periodicity.FIVE_YEARLY && year % 5 != 0)) {
			throw new IllegalArgumentException("No such period: " + year + "/" + number);
		}
	}

	public static Optional<Period> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT);
		try {
			Matcher m = YEAR.matcher(t);
			if (m.matches()) {
				return Optional.of(new Period(Periodicity.ANNUAL, Integer.parseInt(m.group(1)), 1));
			}
			m = QUARTER.matcher(t);
			if (m.matches()) {
				return Optional
					.of(new Period(Periodicity.QUARTERLY, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
			}
			m = MONTH.matcher(t);
			if (m.matches() && (t.contains("-") || t.contains("M"))) {
				return Optional
					.of(new Period(Periodicity.MONTHLY, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
			}
			m = MONTH_DOTTED.matcher(t);
			if (m.matches()) {
				return Optional
					.of(new Period(Periodicity.MONTHLY, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	public static Period of(String canonical) {
		return parse(canonical).orElseThrow(() -> new IllegalArgumentException("Not a period: " + canonical));
	}

	/**
	 * A stored period of a known periodicity (a five-yearly one is written as a year).
	 */
	public static Period of(String canonical, Periodicity periodicity) {
		Period period = of(canonical);
		return period.in(periodicity).orElse(period);
	}

	/**
	 * This period as one of another periodicity, when it is the same span: a year
	 * divisible by five as a five-yearly period and back.
	 */
	public Optional<Period> in(Periodicity target) {
		if (target == this.periodicity) {
			return Optional.of(this);
		}
		if (this.periodicity == Periodicity.ANNUAL && target == Periodicity.FIVE_YEARLY && this.year % 5 == 0) {
			return Optional.of(new Period(target, this.year, 1));
		}
		if (this.periodicity == Periodicity.FIVE_YEARLY && target == Periodicity.ANNUAL) {
			return Optional.of(new Period(target, this.year, 1));
		}
		return Optional.empty();
	}

	/**
	 * The period of a given periodicity that contains a day; for five-yearly periods, the
	 * latest reference year up to the day's year.
	 */
	public static Period containing(Periodicity periodicity, LocalDate day) {
		return switch (periodicity) {
			case ANNUAL -> new Period(periodicity, day.getYear(), 1);
			case FIVE_YEARLY -> new Period(periodicity, day.getYear() - Math.floorMod(day.getYear(), 5), 1);
			case QUARTERLY -> new Period(periodicity, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
			case MONTHLY -> new Period(periodicity, day.getYear(), day.getMonthValue());
		};
	}

	public String code() {
		return switch (this.periodicity) {
			case ANNUAL, FIVE_YEARLY -> Integer.toString(this.year);
			case QUARTERLY -> this.year + "-Q" + this.number;
			case MONTHLY -> this.year + ((this.number < 10) ? "-0" : "-") + this.number;
		};
	}

	public LocalDate start() {
		return switch (this.periodicity) {
			case ANNUAL, FIVE_YEARLY -> LocalDate.of(this.year, 1, 1);
			case QUARTERLY -> LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
			case MONTHLY -> LocalDate.of(this.year, this.number, 1);
		};
	}

	/** The period's last day; a five-yearly period ends with its reference year. */
	public LocalDate end() {
		if (this.periodicity == Periodicity.FIVE_YEARLY) {
			return LocalDate.of(this.year, 12, 31);
		}
		return next().start().minusDays(1);
	}

	/** The last day a report of this period is on time. */
	public LocalDate due(int dueDays) {
		return end().plusDays(dueDays);
	}

	public Period next() {
		return switch (this.periodicity) {
			case ANNUAL -> new Period(this.periodicity, this.year + 1, 1);
			case FIVE_YEARLY -> new Period(this.periodicity, this.year + 5, 1);
			case QUARTERLY -> (this.number == 4) ? new Period(this.periodicity, this.year + 1, 1)
					: new Period(this.periodicity, this.year, this.number + 1);
			case MONTHLY -> {
				YearMonth ym = YearMonth.of(this.year, this.number).plusMonths(1);
				yield new Period(this.periodicity, ym.getYear(), ym.getMonthValue());
			}
		};
	}

	/**
	 * The previous period, or none for the earliest period there is (January, the first
	 * quarter or the year 1000): figures may be loaded that far back, and a check against
	 * the period before must then find nothing rather than fail.
	 */
	public Optional<Period> before() {
		return (this.year == 1000 && this.number == 1) ? Optional.empty() : Optional.of(previous());
	}

	/** The previous period's code, or an empty text no stored period has. */
	public String previousCode() {
		return before().map(Period::code).orElse("");
	}

	public Period previous() {
		return switch (this.periodicity) {
			case ANNUAL -> new Period(this.periodicity, this.year - 1, 1);
			case FIVE_YEARLY -> new Period(this.periodicity, this.year - 5, 1);
			case QUARTERLY -> (this.number == 1) ? new Period(this.periodicity, this.year - 1, 4)
					: new Period(this.periodicity, this.year, this.number - 1);
			case MONTHLY -> {
				YearMonth ym = YearMonth.of(this.year, this.number).minusMonths(1);
				yield new Period(this.periodicity, ym.getYear(), ym.getMonthValue());
			}
		};
	}

	@Override
	public int compareTo(Period other) {
		if (this.periodicity == other.periodicity) {
			return (this.year != other.year) ? Integer.compare(this.year, other.year)
					: Integer.compare(this.number, other.number);
		}
		return start().compareTo(other.start());
	}

	@Override
	public String toString() {
		return code();
	}

}
