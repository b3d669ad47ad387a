package org.hamkori.accounts;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * The failures of one throttled key (an account, an address). Within the free attempts
 * nothing waits; once they are used, each failure replaces the penalty bucket by an empty
 * Bucket4j bucket whose single token comes back after a delay that starts at
 * {@code first} and doubles with each further failure, up to {@code longest}. An attempt
 * is checked only while that token is there.
 */
final class FailureBackoff {

	private final long free;

	private final Duration first;

	private final Duration longest;

	private final TimeMeter meter;

	private long failures;

	private Bucket penalty;

	FailureBackoff(long free, Duration first, Duration longest, TimeMeter meter) {
		this.free = free;
		this.first = first;
		this.longest = longest;
		this.meter = meter;
	}

	synchronized void fail() {
		this.failures++;
		if (this.failures < this.free) {
			return;
		}
		Duration delay = delay(this.failures - this.free);
		this.penalty = Bucket.builder()
			.addLimit((limit) -> limit.capacity(1).refillIntervally(1, delay).initialTokens(0))
			.withCustomTimePrecision(this.meter)
			.build();
	}

	/** How long the next attempt must wait; zero when it may come now. */
	synchronized Duration remaining() {
		if (this.penalty == null) {
			return Duration.ZERO;
		}
		EstimationProbe probe = this.penalty.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	private Duration delay(long step) {
		Duration delay = this.first.multipliedBy(1L << Math.min(step, 20));
		return (delay.compareTo(this.longest) < 0) ? delay : this.longest;
	}

}
