package org.hamkori;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Request helpers shared by web tests. */
public final class TestRequests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private TestRequests() {
	}

	/** Acts as a demo account; rights are resolved from its real memberships. */
	public static RequestPostProcessor as(String username) {
		return user(username).roles("USER");
	}

	/**
	 * A client address no other test uses, so throttling in one test cannot lock out
	 * another.
	 */
	public static RequestPostProcessor fromFreshAddress() {
		String address = "10.77." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
