package org.hamkori.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for form login, and replaces a hash of an older kind (bcrypt) by the
 * current one (Argon2id) after a successful sign-in.
 */
@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

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

	/** Not a password change: the same password, hashed the current way. */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		return this.accounts.findByUsernameIgnoreCase(user.getUsername())
			.map((account) -> this.accounts.save(account.withPasswordHash(newPassword)))
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

}
