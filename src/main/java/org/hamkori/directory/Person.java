package org.hamkori.directory;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who represents an organisation somewhere. E-mail and phone are contact
 * details, shown only to viewers allowed to see them; {@code sex} (F, M, or empty) serves
 * sex-disaggregated participation reports. {@code updatedAt} is stamped on every save by
 * {@link PersonChangeStamp}.
 */
@Table("person")
public record Person(@Id UUID id, String fullName, String position, String email, String phone,
		String preferredLanguage, String sex, Instant updatedAt, @Version Integer version) {

	public static Person create(String fullName, String position, String email, String phone, String language,
			String sex) {
		return new Person(UUID.randomUUID(), fullName, position, email, phone, language, sex, null, null);
	}

	Person withDetails(String fullName, String position, String email, String phone, String language, String sex,
			Integer expectedVersion) {
		return new Person(this.id, fullName, position, email, phone, language, sex, this.updatedAt, expectedVersion);
	}

	/** The same person, last changed at the given instant (the vCard's REV). */
	Person changedAt(Instant instant) {
		return new Person(this.id, this.fullName, this.position, this.email, this.phone, this.preferredLanguage,
				this.sex, instant, this.version);
	}

}
