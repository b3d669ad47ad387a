package org.hamkori.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesShortAndCommonPasswords() {
		assertThat(this.policy.problem("short", "user")).contains("validation.password.short");
		assertThat(this.policy.problem("password1234", "user")).contains("validation.password.common");
		assertThat(this.policy.problem("qwertyuiop123", "user")).contains("validation.password.common");
		assertThat(this.policy.problem("x".repeat(300), "user")).contains("validation.password.long");
	}

	@Test
	void acceptsLongPassphrases() {
		assertThat(this.policy.problem("Dushanbe rivers carry cold mountain light", "user")).isEmpty();
		assertThat(this.policy.problem("ҷӯйбори кӯҳӣ дар баҳор", "user")).isEmpty();
	}

}
