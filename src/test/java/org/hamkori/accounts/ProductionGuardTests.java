package org.hamkori.accounts;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.hamkori.TestClock;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProductionGuardTests {

	private final UserAccountRepository accounts = mock(UserAccountRepository.class);

	@Test
	void refusesToStartWithDemoAccounts() {
		when(this.accounts.existsByDemoTrue()).thenReturn(true);
		assertThatIllegalStateException()
			.isThrownBy(() -> guard("admin@example.org", "a long admin passphrase").run(null))
			.withMessageContaining("Demo accounts exist");
	}

	@Test
	void requiresTheFirstAdminFromTheEnvironment() {
		assertThatIllegalStateException().isThrownBy(() -> guard("", "").run(null))
			.withMessageContaining("HAMKORI_ADMIN_EMAIL");
		assertThatIllegalStateException().isThrownBy(() -> guard("admin@example.org", "password").run(null))
			.withMessageContaining("too weak");
	}

	@Test
	void createsTheFirstAdmin() {
		when(this.accounts.save(any())).thenAnswer((i) -> i.getArgument(0));
		guard("admin@example.org", "granite steppe lantern ninety").run(null);
		verify(this.accounts).save(any(UserAccount.class));
	}

	private ProductionGuard guard(String email, String password) {
		return new ProductionGuard(this.accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
				new PasswordPolicy(), TestClock.clock(), email, password);
	}

}
