package org.hamkori.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Slows the guessing of second-factor and recovery codes, per account whatever the
 * address (a code is tried only after the right password, so the account is the
 * attacker's target): five wrong codes, then each further attempt waits 30 s, 1 min, 2
 * min, ... up to 15 minutes. A right code forgets the count. Like the
 * {@link LoginThrottle}: Bucket4j over a bounded Caffeine cache, in this node's memory,
 * on the application's {@link Clock}.
 */
@Component
class CodeThrottle {

	static final int FREE = 5;

	static final Duration FIRST = Duration.ofSeconds(30);

	static final Duration LONGEST = Duration.ofMinutes(15);

	private final ClockTimeMeter meter;

	private final Cache<UUID, FailureBackoff> accounts;

	CodeThrottle(Clock clock) {
		this.meter = new ClockTimeMeter(clock);
		this.accounts = Caffeine.newBuilder()
			.maximumSize(100_000)
			.ticker(this.meter::currentTimeNanos)
			.expireAfterAccess(LONGEST.multipliedBy(2))
			.build();
	}

	/** How long the account must wait before its next code is checked. */
	Duration delay(UUID userId) {
		FailureBackoff backoff = this.accounts.getIfPresent(userId);
		return (backoff != null) ? backoff.remaining() : Duration.ZERO;
	}

	void failed(UUID userId) {
		this.accounts.get(userId, (k) -> new FailureBackoff(FREE, FIRST, LONGEST, this.meter)).fail();
	}

	void succeeded(UUID userId) {
		this.accounts.invalidate(userId);
	}

}
