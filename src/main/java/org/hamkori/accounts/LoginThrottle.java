package org.hamkori.accounts;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.stereotype.Component;

/**
 * Refuses logins after too many failures: by default 10 failed attempts for one account,
 * or from one client address, within 15 minutes lock that account or address for the rest
 * of the window. Unknown usernames count like known ones, so the answer reveals nothing.
 * The client address is the connection's, never a forwarded header a client can forge.
 * <p>
 * Buckets live in this node's memory (Bucket4j over a bounded Caffeine cache). With
 * several nodes each keeps its own count; see docs/ARCHITECTURE.md.
 */
@Component
public class LoginThrottle {

	private final Cache<String, Bucket> buckets;

	private final long attempts;

	private final Duration window;

	LoginThrottle(HamkoriSettings settings) {
		this.attempts = settings.security().loginAttempts();
		this.window = settings.security().loginWindow();
		this.buckets = Caffeine.newBuilder()
			.maximumSize(200_000)
			.expireAfterAccess(this.window.multipliedBy(2))
			.build();
	}

	public boolean isLocked(String username, String address) {
		return exhausted(accountKey(username)) || exhausted(addressKey(address));
	}

	public void failed(String username, String address) {
		bucket(accountKey(username)).tryConsume(1);
		bucket(addressKey(address)).tryConsume(1);
	}

	private boolean exhausted(String key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private Bucket bucket(String key) {
		return this.buckets.get(key, (k) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.attempts).refillIntervally(this.attempts, this.window).build())
			.build());
	}

	private static String accountKey(String username) {
		return "u:" + ((username != null) ? username.strip().toLowerCase(java.util.Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}

}
