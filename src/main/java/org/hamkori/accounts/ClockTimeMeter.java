package org.hamkori.accounts;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.TimeMeter;

/** Bucket4j's time read from the application's {@link Clock}, so tests control it. */
final class ClockTimeMeter implements TimeMeter {

	private final Clock clock;

	ClockTimeMeter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public long currentTimeNanos() {
		return TimeUnit.MILLISECONDS.toNanos(this.clock.millis());
	}

	@Override
	public boolean isWallClockBased() {
		return true;
	}

}
