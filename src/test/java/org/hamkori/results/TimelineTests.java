package org.hamkori.results;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the timeline puts a workplan's bars, counted in whole days over the programme's
 * span: clamped at its edges, an open end, a one-day activity, today's line and the
 * column headings.
 */
class TimelineTests {

	// 2025 has 365 days
	static final LocalDate START = LocalDate.of(2025, 1, 1);

	static final LocalDate END = LocalDate.of(2025, 12, 31);

	@Test
	void aBarStartingBeforeTheProgrammeIsClampedToItsStart() {
		Timeline timeline = Timeline.of(START, END, List.of(), LocalDate.of(2025, 7, 1));
		Timeline.Bar bar = timeline.bar(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 31)).orElseThrow();
		assertThat(bar.x()).isEqualTo("0.0000%");
		// 31 days of 365: 8.49315...
		assertThat(bar.w()).isEqualTo("8.4932%");
		assertThat(bar.clampedStart()).isTrue();
		assertThat(bar.clampedEnd()).isFalse();
		Timeline.Bar late = timeline.bar(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 1)).orElseThrow();
		// from day 334, 31 days shown
		assertThat(late.x()).isEqualTo("91.5068%");
		assertThat(late.w()).isEqualTo("8.4932%");
		assertThat(late.clampedEnd()).isTrue();
		assertThat(timeline.bar(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
		assertThat(timeline.bar(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))).isEmpty();
	}

	@Test
	void aOneDayActivityIsOneDayWideAndTheWholeSpanIsAHundredPercent() {
		Timeline timeline = Timeline.of(START, END, List.of(), START);
		Timeline.Bar day = timeline.bar(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 2)).orElseThrow();
		// day 182 of 365, one day wide: 1/365 = 0.27397...
		assertThat(day.x()).isEqualTo("49.8630%");
		assertThat(day.w()).isEqualTo("0.2740%");
		Timeline.Bar whole = timeline.bar(START, END).orElseThrow();
		assertThat(whole.x()).isEqualTo("0.0000%");
		assertThat(whole.w()).isEqualTo("100.0000%");
		Timeline.Bar last = timeline.bar(END, END).orElseThrow();
		assertThat(last.x()).isEqualTo("99.7260%");
	}

	@Test
	void anOpenProgrammeEndRunsToTheLatestActivityOrToday() {
		Activity late = activity(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30));
		Timeline byActivity = Timeline.of(START, null, List.of(late), LocalDate.of(2025, 5, 1));
		assertThat(byActivity.last()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(byActivity.days()).isEqualTo(546);
		Timeline byToday = Timeline.of(START, null, List.of(late), LocalDate.of(2026, 12, 31));
		assertThat(byToday.last()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(byToday.days()).isEqualTo(730);
		// an activity with an open end runs to the span's end
		Timeline.Bar open = byToday.bar(LocalDate.of(2026, 1, 1), null).orElseThrow();
		assertThat(open.x()).isEqualTo("50.0000%");
		assertThat(open.w()).isEqualTo("50.0000%");
		assertThat(open.clampedEnd()).isFalse();
		// a programme with no activities and an end before its start is one day long
		assertThat(Timeline.of(START, START.minusDays(5), List.of(), START).days()).isEqualTo(1);
	}

	@Test
	void todaysLineAndTheHeadingsFallOnWholeDays() {
		Timeline timeline = Timeline.of(START, END, List.of(), LocalDate.of(2025, 7, 2));
		assertThat(timeline.today()).hasValueSatisfying((t) -> assertThat(t).isEqualByComparingTo("49.8630"));
		assertThat(Timeline.of(START, END, List.of(), LocalDate.of(2026, 1, 1)).today()).isEmpty();
		assertThat(timeline.byMonth()).isTrue();
		assertThat(timeline.ticks()).hasSize(12);
		assertThat(timeline.ticks().get(1).date()).isEqualTo(LocalDate.of(2025, 2, 1));
		assertThat(timeline.ticks().get(1).x()).isEqualTo("8.4932%");
		Timeline years = Timeline.of(LocalDate.of(2024, 7, 1), LocalDate.of(2027, 6, 30), List.of(), START);
		assertThat(years.byMonth()).isFalse();
		assertThat(years.ticks()).extracting(Timeline.Tick::date)
			.containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1),
					LocalDate.of(2027, 1, 1));
		// a span starting late in December: its first day's heading would overlap
		// January's
		Timeline late = Timeline.of(LocalDate.of(2024, 12, 20), LocalDate.of(2027, 12, 31), List.of(), START);
		assertThat(late.ticks()).extracting(Timeline.Tick::date)
			.containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
	}

	private static Activity activity(LocalDate start, LocalDate end) {
		return new Activity(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "A1", null, "TJ",
				UUID.randomUUID(), start, end, ActivityStatus.ONGOING, null, null, null, null, null);
	}

}
