package org.hamkori.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hamkori.shared.i18n.LocalizedText;

/**
 * A new or corrected organisation, named in as many of the six languages as the
 * secretariat knows.
 */
public record OrganisationForm(@Size(max = 300, message = "{validation.size.max}") String nameEn,
		@Size(max = 300, message = "{validation.size.max}") String nameRu,
		@Size(max = 300, message = "{validation.size.max}") String nameTg,
		@Size(max = 300, message = "{validation.size.max}") String nameUz,
		@Size(max = 300, message = "{validation.size.max}") String nameKk,
		@Size(max = 300, message = "{validation.size.max}") String nameKy,
		@Size(max = 40, message = "{validation.size.max}") String acronym,
		@NotNull(message = "{validation.required}") OrganisationType type,
		@Pattern(regexp = "^[A-Z]{2}$|^$", message = "{validation.country}") String countryCode,
		@Size(max = 300, message = "{validation.size.max}") @Pattern(regexp = "^$|^https?://\\S+$",
				message = "{validation.url}") String website) {

	public static OrganisationForm empty() {
		return new OrganisationForm("", "", "", "", "", "", "", null, "", "");
	}

	public static OrganisationForm of(Organisation o) {
		LocalizedText n = o.name();
		return new OrganisationForm(n.get("en"), n.get("ru"), n.get("tg"), n.get("uz"), n.get("kk"), n.get("ky"),
				o.acronym(), o.type(), o.countryCode(), o.website());
	}

	@AssertTrue(message = "{validation.organisation.name}")
	public boolean isNamed() {
		return !name().isEmpty();
	}

	public LocalizedText name() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("en", this.nameEn);
		names.put("ru", this.nameRu);
		names.put("tg", this.nameTg);
		names.put("uz", this.nameUz);
		names.put("kk", this.nameKk);
		names.put("ky", this.nameKy);
		return LocalizedText.of(names);
	}

}
