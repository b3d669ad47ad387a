package org.hamkori.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for form login and for {@code POST /api/v1/auth/token}. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsernameIgnoreCase(username.strip())
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

}
