package org.hamkori.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hamkori.shared.security.MembershipRole;

/**
 * What someone without an account fills in to ask for access to a mechanism: who they
 * are, the institution they represent, the mechanism (by code), the role they ask for,
 * and where and in which language to answer them.
 */
public record AccessRequestForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") String fullName,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") String institution,
		@NotBlank(message = "{validation.required}") String mechanism,
		@NotNull(message = "{validation.required}") MembershipRole role,
		@NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.size.max}") @Pattern(
				regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{validation.email}") String email,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "^(en|ru|tg|uz|kk|ky)?$",
				message = "{validation.language}") String preferredLanguage) {

	/** The roles one may ask for; the secretariat may seat in another at approval. */
	public static final java.util.List<MembershipRole> ROLES = java.util.List.of(MembershipRole.MEMBER,
			MembershipRole.ALTERNATE, MembershipRole.FOCAL_POINT, MembershipRole.OBSERVER);

	public static AccessRequestForm empty(String language) {
		return new AccessRequestForm("", "", "", MembershipRole.MEMBER, "", language);
	}

}
