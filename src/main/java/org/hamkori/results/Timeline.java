package org.hamkori.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a workplan's activities sit over their programme's span, for the timeline (Gantt)
 * view: positions as percentages of the span, counted in whole days and computed exactly
 * before they are rounded once to four decimals. The span is the programme's period; an
 * open end runs to the latest activity's end or today, whichever is later. A bar that
 * starts before the span or ends after it is clamped to it.
 */
public final class Timeline {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int SCALE = 4;

	private final LocalDate first;

	private final LocalDate last;

	private final long days;

	private final LocalDate today;

	private Timeline(LocalDate first, LocalDate last, LocalDate today) {
		this.first = first;
		this.last = last;
		this.days = ChronoUnit.DAYS.between(first, last) + 1;
		this.today = today;
	}

	/**
	 * @param start the programme's start
	 * @param end the programme's end, or null when it is open
	 * @param activities the activities shown, to stretch an open end
	 * @param today today, from the application's clock
	 */
	public static Timeline of(LocalDate start, LocalDate end, Collection<Activity> activities, LocalDate today) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(today, "today");
		LocalDate last = end;
		if (last == null) {
			last = activities.stream()
				.map(Activity::endDate)
				.filter(Objects::nonNull)
				.reduce(today, (a, b) -> a.isAfter(b) ? a : b);
		}
		if (last.isBefore(start)) {
			last = start;
		}
		return new Timeline(start, last, today);
	}

	/** A bar's place: its left edge and width as percentages of the span. */
	public record Bar(BigDecimal left, BigDecimal width, boolean clampedStart, boolean clampedEnd) {

		/** The left edge for an SVG or CSS length, e.g. {@code 12.5000%}. */
		public String x() {
			return this.left.toPlainString() + "%";
		}

		public String w() {
			return this.width.toPlainString() + "%";
		}

	}

	/** A column heading: the first day of a month or a year, and where it falls. */
	public record Tick(LocalDate date, BigDecimal left) {

		public String x() {
			return this.left.toPlainString() + "%";
		}

	}

	public LocalDate first() {
		return this.first;
	}

	public LocalDate last() {
		return this.last;
	}

	/** The span's length in days, both ends included. */
	public long days() {
		return this.days;
	}

	/**
	 * The bar of an activity from its start to its end (both included; an open end runs
	 * to the span's end), clamped to the span; empty when it lies wholly outside it.
	 */
	public Optional<Bar> bar(LocalDate start, LocalDate end) {
		LocalDate from = (start != null) ? start : this.first;
		LocalDate to = (end != null) ? end : this.last;
		if (to.isBefore(this.first) || from.isAfter(this.last) || to.isBefore(from)) {
			return Optional.empty();
		}
		boolean clampedStart = from.isBefore(this.first);
		boolean clampedEnd = to.isAfter(this.last);
		LocalDate shownFrom = clampedStart ? this.first : from;
		LocalDate shownTo = clampedEnd ? this.last : to;
		long offset = ChronoUnit.DAYS.between(this.first, shownFrom);
		long length = ChronoUnit.DAYS.between(shownFrom, shownTo) + 1;
		return Optional.of(new Bar(percent(offset), percent(length), clampedStart, clampedEnd));
	}

	/**
	 * Where today's line falls (at the start of today), or empty when outside the span.
	 */
	public Optional<BigDecimal> today() {
		if (this.today.isBefore(this.first) || this.today.isAfter(this.last)) {
			return Optional.empty();
		}
		return Optional.of(percent(ChronoUnit.DAYS.between(this.first, this.today)));
	}

	public LocalDate todayDate() {
		return this.today;
	}

	/**
	 * Whether the headings are months (a span of at most a year) rather than years.
	 */
	public boolean byMonth() {
		return ChronoUnit.MONTHS.between(this.first.withDayOfMonth(1), this.last.withDayOfMonth(1)) < 12;
	}

	/**
	 * The column headings: the first day of each month (or year) within the span, after
	 * the span's first day unless the next heading falls within 5 % of it (the labels
	 * would overlap).
	 */
	public List<Tick> ticks() {
		List<Tick> ticks = new ArrayList<>();
		boolean months = byMonth();
		LocalDate next = months ? this.first.withDayOfMonth(1).plusMonths(1) : this.first.withDayOfYear(1).plusYears(1);
		while (!next.isAfter(this.last)) {
			ticks.add(new Tick(next, percent(ChronoUnit.DAYS.between(this.first, next))));
			next = months ? next.plusMonths(1) : next.plusYears(1);
		}
		if (ticks.isEmpty() || ticks.get(0).left().compareTo(BigDecimal.valueOf(5)) >= 0) {
			ticks.add(0, new Tick(this.first, BigDecimal.ZERO.setScale(SCALE)));
		}
		return ticks;
	}

	private BigDecimal percent(long dayCount) {
		return BigDecimal.valueOf(dayCount)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(this.days), SCALE, RoundingMode.HALF_EVEN);
	}

}
