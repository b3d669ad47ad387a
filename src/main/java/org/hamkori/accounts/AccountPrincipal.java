package org.hamkori.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as kept in the session: an id and a name, nothing that goes stale.
 * Rights are resolved per request into a {@link org.hamkori.shared.security.Viewer}.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID userId;

	private final String username;

	private String passwordHash;

	private final boolean enabled;

	private final boolean admin;

	AccountPrincipal(UserAccount account) {
		this.userId = account.id();
		this.username = account.username();
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled();
		this.admin = account.admin();
	}

	UUID userId() {
		return this.userId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
