package org.hamkori.accounts.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page's layout whether someone is signed in and whether they are a platform
 * admin, from the authentication alone (no database look-up), for the navigation links.
 */
@ControllerAdvice
class SignedInModel {

	@ModelAttribute("signedIn")
	boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	@ModelAttribute("platformAdmin")
	boolean platformAdmin() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return signedIn() && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

}
