package org.hamkori.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * Limits the public forms that send e-mail ("forgot password", "ask for access"), so
 * nobody can flood a mailbox or the secretariats: per e-mail address, at most
 * {@value #PER_EMAIL} requests an hour, and per client address at most
 * {@value #PER_ADDRESS}. Each form counts apart. A request is counted whether or not the
 * e-mail address belongs to an account, so the answer reveals nothing.
 * <p>
 * Bucket4j buckets in this node's memory (a bounded Caffeine cache), timed by the
 * application's {@link Clock}, as in {@link LoginThrottle}.
 */
@Component
class FormThrottle {

	static final int PER_EMAIL = 3;

	static final int PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofHours(1);

	private final TimeMeter meter;

	private final Cache<String, Bucket> buckets;

	FormThrottle(Clock clock) {
		this.meter = new ClockTimeMeter(clock);
		this.buckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.ticker(this.meter::currentTimeNanos)
			.expireAfterAccess(WINDOW.multipliedBy(2))
			.build();
	}

	/**
	 * Counts one request of a form for an e-mail address from a client address; false
	 * when either has used up its requests for now.
	 */
	boolean allow(String form, String email, String address) {
		Bucket byEmail = bucket(form + "\u0000e\u0000" + normalised(email), PER_EMAIL);
		Bucket byAddress = bucket(form + "\u0000a\u0000" + address, PER_ADDRESS);
		boolean addressAllowed = byAddress.tryConsume(1);
		return byEmail.tryConsume(1) && addressAllowed;
	}

	private Bucket bucket(String key, int capacity) {
		return this.buckets.get(key,
				(k) -> Bucket.builder()
					.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, WINDOW))
					.withCustomTimePrecision(this.meter)
					.build());
	}

	private static String normalised(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
