package org.hamkori.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.hamkori.TestClock;
import org.hamkori.shared.settings.HamkoriSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's waits on a clock the test moves: none within the free attempts, then 1
 * s, 2 s, 4 s, ... capped at the window; per account and address together, and per
 * address alone.
 */
class LoginThrottleDelayTests {

	private final MovableClock clock = new MovableClock(TestClock.instant());

	private final LoginThrottle throttle = new LoginThrottle(new HamkoriSettings(null, null, null, null, null, null,
			new HamkoriSettings.Security(10, 50, Duration.ofMinutes(15), Duration.ofHours(12), null), null, null, null,
			null), this.clock);

	@Test
	void theWaitDoublesAfterTheFreeAttemptsAndIsCappedAtTheWindow() {
		for (int i = 0; i < 9; i++) {
			this.throttle.failed("Admin", "192.0.2.1");
			assertThat(this.throttle.delay("admin", "192.0.2.1")).isZero();
		}
		Duration[] expected = { Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(8) };
		for (Duration wait : expected) {
			this.throttle.failed("admin", "192.0.2.1");
			assertThat(this.throttle.delay(" ADMIN ", "192.0.2.1")).isEqualTo(wait);
			this.clock.advance(wait.minusMillis(1));
			assertThat(this.throttle.isDelayed("admin", "192.0.2.1")).isTrue();
			this.clock.advance(Duration.ofMillis(1));
			assertThat(this.throttle.isDelayed("admin", "192.0.2.1")).isFalse();
		}
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("admin", "192.0.2.1");
			this.clock.advance(this.throttle.delay("admin", "192.0.2.1"));
		}
		this.throttle.failed("admin", "192.0.2.1");
		assertThat(this.throttle.delay("admin", "192.0.2.1")).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.throttle.delay("admin", "198.51.100.9")).as("the same account from elsewhere").isZero();
	}

	@Test
	void aSuccessForgetsOnlyItsOwnAccountAndAddress() {
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("chair.tj", "192.0.2.2");
		}
		assertThat(this.throttle.isDelayed("chair.tj", "192.0.2.2")).isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		this.throttle.succeeded("chair.tj", "192.0.2.2");
		this.throttle.failed("chair.tj", "192.0.2.2");
		assertThat(this.throttle.isDelayed("chair.tj", "192.0.2.2")).isFalse();
	}

	@Test
	void fiftyFailuresFromOneAddressDelayEveryAccountFromThere() {
		for (int i = 0; i < 50; i++) {
			this.throttle.failed("user-" + i, "192.0.2.3");
		}
		assertThat(this.throttle.delay("someone-else", "192.0.2.3")).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.throttle.isDelayed("someone-else", "192.0.2.4")).isFalse();
	}

	@Test
	void anUnlockForgetsTheAccountFromEveryAddress() {
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("regional", "192.0.2.5");
			this.throttle.failed("regional", "192.0.2.6");
			this.throttle.failed("secretariat.kz", "192.0.2.5");
		}
		assertThat(this.throttle.delayedAddresses("Regional")).isEqualTo(2);
		assertThat(this.throttle.unlock("REGIONAL")).isEqualTo(2);
		assertThat(this.throttle.isDelayed("regional", "192.0.2.5")).isFalse();
		assertThat(this.throttle.isDelayed("regional", "192.0.2.6")).isFalse();
		assertThat(this.throttle.isDelayed("secretariat.kz", "192.0.2.5")).isTrue();
	}

	@Test
	void countsAreForgottenAfterTwiceTheWindowOfQuiet() {
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("observer.tj", "192.0.2.7");
		}
		this.clock.advance(Duration.ofMinutes(31));
		this.throttle.failed("observer.tj", "192.0.2.7");
		assertThat(this.throttle.isDelayed("observer.tj", "192.0.2.7")).isFalse();
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
