package org.hamkori.directory;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person's details as typed by the secretariat, with their consent to be named on the
 * public portal. Text is stored as typed and always shown escaped.
 */
public record PersonForm(@Size(max = 200, message = "{validation.size.max}") String fullName,
		@Size(max = 200, message = "{validation.size.max}") String position,
		@Size(max = 254, message = "{validation.size.max}") @Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
				message = "{validation.email}") String email,
		@Size(max = 40, message = "{validation.size.max}") @Pattern(regexp = "^$|^[+0-9 ()\\-]{5,40}$",
				message = "{validation.phone}") String phone,
		@Pattern(regexp = "^(en|ru|tg|uz|kk|ky)?$", message = "{validation.language}") String preferredLanguage,
		@Pattern(regexp = "^[FM]?$", message = "{validation.sex}") String sex, Boolean publicListing) {

	public static PersonForm empty() {
		return new PersonForm("", "", "", "", "ru", "", false);
	}

	public static PersonForm of(Person p) {
		return new PersonForm(p.fullName(), p.position(), p.email(), p.phone(), p.preferredLanguage(), p.sex(),
				p.publicListing());
	}

	/**
	 * Whether the form gives consent to the public listing (an unticked box sends
	 * nothing).
	 */
	public boolean listed() {
		return Boolean.TRUE.equals(this.publicListing);
	}

}
