package org.hamkori.accounts;

import java.util.List;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.shared.security.Viewer;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.stereotype.Service;

/**
 * Turns an authentication into a {@link Viewer} with the user's current seats. A token
 * narrowed to one mechanism yields only that mechanism's seat; a disabled user is
 * anonymous.
 */
@Service
public class Viewers {

	static final String MECHANISM_SCOPE = "mechanism";

	private final UserAccounts accounts;

	private final Directory directory;

	Viewers(UserAccounts accounts, Directory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	public Viewer of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Viewer.anonymous();
		}
		return this.accounts.findByUsernameIgnoreCase(authentication.getName())
			.filter(UserAccount::enabled)
			.map((account) -> viewer(account, scope(authentication)))
			.orElseGet(Viewer::anonymous);
	}

	Viewer viewer(UserAccount account, UUID mechanismScope) {
		List<Viewer.Seat> seats = this.directory.seatsOf(account.personId())
			.stream()
			.filter((seat) -> mechanismScope == null || seat.mechanismId().equals(mechanismScope))
			.toList();
		return new Viewer(account.id(), account.username(), account.personId(),
				account.admin() && mechanismScope == null, seats);
	}

	private static UUID scope(Authentication authentication) {
		if (authentication instanceof BearerTokenAuthentication bearer) {
			Object scope = bearer.getTokenAttributes().get(MECHANISM_SCOPE);
			return (scope instanceof UUID id) ? id : null;
		}
		return null;
	}

}
