package org.hamkori.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.TimeMeter;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock a victim out. Failures are counted
 * per account and client address together, and per client address alone. Within the free
 * attempts (by default 10 for an account from one address, 50 for an address) nothing
 * waits; after that each further attempt from there must wait 1 s, 2 s, 4 s, ... up to
 * the window (15 minutes). The same account signing in from another address is not
 * slowed, a success forgets its own account-and-address count, and an admin can forget
 * every count of an account ({@link #unlock}).
 * <p>
 * Unknown usernames count like known ones, so the answer reveals nothing. The client
 * address is the connection's, never a forwarded header a client can forge. The check
 * runs inside the authentication (see {@link ThrottledAuthenticationProvider}), so no
 * spelling of the login URL escapes it.
 * <p>
 * Buckets live in this node's memory (Bucket4j over a bounded Caffeine cache); time comes
 * from the application's {@link Clock}. With several nodes each keeps its own count; see
 * docs/ARCHITECTURE.md.
 */
@Component
public class LoginThrottle {

	private static final char SEPARATOR = '\u0000';

	private final Cache<String, FailureBackoff> pairs;

	private final Cache<String, FailureBackoff> addresses;

	private final long pairFree;

	private final long addressFree;

	private final Duration window;

	private final TimeMeter meter;

	LoginThrottle(HamkoriSettings settings, Clock clock) {
		this.pairFree = settings.security().loginAttempts();
		this.addressFree = settings.security().loginAttemptsPerAddress();
		this.window = settings.security().loginWindow();
		this.meter = new ClockTimeMeter(clock);
		this.pairs = cache();
		this.addresses = cache();
	}

	private Cache<String, FailureBackoff> cache() {
		return Caffeine.newBuilder()
			.maximumSize(200_000)
			.ticker(this.meter::currentTimeNanos)
			.expireAfterAccess(this.window.multipliedBy(2))
			.build();
	}

	/**
	 * How long this account from this address must wait before its next attempt is
	 * checked; zero when it may try now.
	 */
	public Duration delay(String username, String address) {
		Duration pair = wait(this.pairs.getIfPresent(pairKey(username, address)));
		Duration alone = wait(this.addresses.getIfPresent(addressKey(address)));
		return (pair.compareTo(alone) >= 0) ? pair : alone;
	}

	public boolean isDelayed(String username, String address) {
		return !delay(username, address).isZero();
	}

	public void failed(String username, String address) {
		this.pairs.get(pairKey(username, address), (k) -> backoff(this.pairFree)).fail();
		this.addresses.get(addressKey(address), (k) -> backoff(this.addressFree)).fail();
	}

	/**
	 * After a successful sign-in: this account from this address starts afresh. The
	 * address's own count stays, so one good account cannot wash an address clean.
	 */
	public void succeeded(String username, String address) {
		this.pairs.invalidate(pairKey(username, address));
	}

	/**
	 * Forgets every count of the account, from every address; returns how many addresses
	 * had one.
	 */
	public int unlock(String username) {
		String prefix = accountKey(username) + SEPARATOR;
		int before = this.pairs.asMap().size();
		this.pairs.asMap().keySet().removeIf((key) -> key.startsWith(prefix));
		return Math.max(0, before - this.pairs.asMap().size());
	}

	/** How many addresses currently make this account wait. */
	public long delayedAddresses(String username) {
		String prefix = accountKey(username) + SEPARATOR;
		return this.pairs.asMap()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith(prefix) && !wait(e.getValue()).isZero())
			.count();
	}

	/** Forgets everything; for tests that share one server address. */
	void clear() {
		this.pairs.invalidateAll();
		this.addresses.invalidateAll();
	}

	private FailureBackoff backoff(long free) {
		return new FailureBackoff(free, Duration.ofSeconds(1), this.window, this.meter);
	}

	private static Duration wait(FailureBackoff attempts) {
		return (attempts != null) ? attempts.remaining() : Duration.ZERO;
	}

	private static String accountKey(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static String pairKey(String username, String address) {
		return accountKey(username) + SEPARATOR + address;
	}

	private static String addressKey(String address) {
		return String.valueOf(address);
	}

}
