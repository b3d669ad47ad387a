package org.hamkori.reporting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.hamkori.indicators.Period;
import org.hamkori.reporting.StatisticsDemoFigures.Sheet;

/**
 * What happens to a demo obligation's periods besides the usual on-time approval: reports
 * returned and corrected, revised, late or missing, and where the newest one stops.
 */
final class DemoStory {

	final Map<Period, String> returned = new HashMap<>();

	final Map<Period, Consumer<Sheet>> firstTry = new HashMap<>();

	final Map<Period, String> revised = new HashMap<>();

	final Map<Period, Consumer<Sheet>> preliminary = new HashMap<>();

	final Set<Period> late = new HashSet<>();

	/** Periods without any report. */
	final Set<Period> missing = new HashSet<>();

	/**
	 * The newest period stops here: DRAFT, SUBMITTED, or null to go as far as time
	 * allows.
	 */
	SubmissionStatus newest;

	/**
	 * The last approved period is released but not accepted yet (or not released).
	 */
	boolean lastNotAccepted;

	boolean lastNotReleased;

	double lateShare = 0.08;

	DemoStory returned(String period, String comment, Consumer<Sheet> slip) {
		this.returned.put(Period.of(period), comment);
		this.firstTry.put(Period.of(period), slip);
		return this;
	}

	DemoStory revised(String period, String reason, Consumer<Sheet> preliminary) {
		this.revised.put(Period.of(period), reason);
		this.preliminary.put(Period.of(period), preliminary);
		return this;
	}

	DemoStory late(String... periods) {
		for (String p : periods) {
			this.late.add(Period.of(p));
		}
		return this;
	}

}
