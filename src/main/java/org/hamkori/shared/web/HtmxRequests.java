package org.hamkori.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * htmx marks its requests so a controller can answer with a fragment instead of a whole
 * page.
 */
public final class HtmxRequests {

	private HtmxRequests() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

}
