package org.hamkori.accounts;

import java.time.Duration;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AbsoluteSessionTimeoutFilterTests {

	private final AbsoluteSessionTimeoutFilter filter = new AbsoluteSessionTimeoutFilter(Duration.ofHours(12));

	@Test
	void endsSessionsOlderThanTheLimitHoweverActive() throws Exception {
		HttpSession session = mock(HttpSession.class);
		when(session.getCreationTime()).thenReturn(System.currentTimeMillis() - Duration.ofHours(13).toMillis());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/profile");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		verify(session).invalidate();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void letsYoungerSessionsThrough() throws Exception {
		HttpSession session = mock(HttpSession.class);
		when(session.getCreationTime()).thenReturn(System.currentTimeMillis() - Duration.ofHours(11).toMillis());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/profile");
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

}
