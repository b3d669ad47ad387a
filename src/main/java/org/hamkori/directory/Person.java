package org.hamkori.directory;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who represents an organisation somewhere. E-mail and phone are contact
 * details, shown only to viewers allowed to see them; {@code sex} (F, M, or empty) serves
 * sex-disaggregated participation reports. {@code publicListing} is the person's consent
 * to be named, with their seats, on the public portal (never their contacts).
 * {@code updatedAt} is stamped on every save by {@link PersonChangeStamp}.
 */
@Table("person")
public record Person(@Id UUID id, String fullName, String position, String email, String phone,
		String preferredLanguage, String sex, boolean publicListing, Instant updatedAt, @Version Integer version) {

	public static Person create(String fullName, String position, String email, String phone, String language,
			String sex) {
		return new Person(UUID.randomUUID(), fullName, position, email, phone, language, sex, false, null, null);
	}

	Person withDetails(String fullName, String position, String email, String phone, String language, String sex,
			boolean publicListing, Integer expectedVersion) {
		return new Person(this.id, fullName, position, email, phone, language, sex, publicListing, this.updatedAt,
				expectedVersion);
	}

	/** The same person with their consent to the public listing given or withdrawn. */
	Person withPublicListing(boolean publicListing) {
		return new Person(this.id, this.fullName, this.position, this.email, this.phone, this.preferredLanguage,
				this.sex, publicListing, this.updatedAt, this.version);
	}

	/** The same person, last changed at the given instant (the vCard's REV). */
	Person changedAt(Instant instant) {
		return new Person(this.id, this.fullName, this.position, this.email, this.phone, this.preferredLanguage,
				this.sex, this.publicListing, instant, this.version);
	}

}
