package org.hamkori;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The clock every test runs against, so no test depends on the day it runs: it starts at
 * a fixed instant ({@value #DEFAULT_START}) when the test JVM starts and ticks from
 * there, so records written one after the other still have ordered timestamps.
 *
 * <p>
 * The system property {@code hamkori.test.now} moves the start: an ISO instant
 * ({@code 2027-01-01T00:30:00Z}), or {@code system} to follow the operating system's
 * clock, which is how {@code .ci/run} replays the demo story under {@code faketime} on
 * awkward instants (the first half hour of a month, 29 February, New Year's Eve).
 *
 * <p>
 * Registered in {@code META-INF/spring.factories}, it puts this clock into every test
 * application context as the primary {@link Clock} bean, so the application's services,
 * its demo story and the tests' own expectations share one "now".
 */
public class TestClock implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** A weekday in the middle of a month, in working hours everywhere in the region. */
	public static final String DEFAULT_START = "2026-11-18T06:00:00Z";

	private static final Clock CLOCK = create(System.getProperty("hamkori.test.now", DEFAULT_START));

	static Clock create(String start) {
		if ("system".equalsIgnoreCase(start.trim())) {
			return Clock.systemUTC();
		}
		Instant fixed = Instant.parse(start.trim());
		return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), fixed));
	}

	/** The tests' clock, in UTC. */
	public static Clock clock() {
		return CLOCK;
	}

	public static Instant instant() {
		return CLOCK.instant();
	}

	/** Today in UTC, the day the application's {@code Directory.today()} gives. */
	public static LocalDate today() {
		return LocalDate.now(CLOCK);
	}

	public static LocalDate today(ZoneId zone) {
		return LocalDate.now(CLOCK.withZone(zone));
	}

	/** Now as a local date and time in UTC, for filling date-time fields of forms. */
	public static LocalDateTime now() {
		return LocalDateTime.now(CLOCK);
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context instanceof GenericApplicationContext generic) {
			generic.registerBean("testClock", Clock.class, TestClock::clock,
					(definition) -> definition.setPrimary(true));
		}
	}

}
