package org.hamkori.accounts;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An admin opens an account for a person of the directory. The person's memberships then
 * give the account its rights; {@code admin} grants the separate platform-admin flag. No
 * one types the password: the new user sets it through an e-mailed link.
 */
public record NewUserForm(
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 254,
				message = "{validation.size.range}") @Pattern(regexp = "^[\\p{L}\\p{N}._@+-]*$",
						message = "{validation.username}") String username,
		UUID personId, Boolean admin,
		@Pattern(regexp = "^(en|ru|tg|uz|kk|ky)?$", message = "{validation.language}") String preferredLanguage) {

	public static NewUserForm empty() {
		return new NewUserForm("", null, false, "ru");
	}

	public boolean isAdmin() {
		return Boolean.TRUE.equals(this.admin);
	}

}
