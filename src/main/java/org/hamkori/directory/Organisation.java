package org.hamkori.directory;

import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An institution: a ministry, an agency, a bank, an NGO, IOM, a donor. Its name is a
 * language map.
 */
@Table("organisation")
public record Organisation(@Id UUID id, LocalizedText name, String acronym, OrganisationType type, String countryCode,
		String website, @Version Integer version) {

	public static Organisation create(LocalizedText name, String acronym, OrganisationType type, String countryCode,
			String website) {
		return new Organisation(UUID.randomUUID(), name, acronym, type, countryCode, website, null);
	}

	Organisation withDetails(LocalizedText name, String acronym, OrganisationType type, String countryCode,
			String website, Integer expectedVersion) {
		return new Organisation(this.id, name, acronym, type, countryCode, website, expectedVersion);
	}

}
