package org.hamkori.meetings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hamkori.shared.i18n.LocalizedText;

/**
 * An agenda item as proposed or edited: its title in the meeting's working languages (at
 * least one), what it asks of the meeting, who presents it and for how long.
 */
public record AgendaItemForm(@Size(max = 500, message = "{validation.size.max}") String titleEn,
		@Size(max = 500, message = "{validation.size.max}") String titleRu,
		@Size(max = 500, message = "{validation.size.max}") String titleTg,
		@Size(max = 500, message = "{validation.size.max}") String titleUz,
		@Size(max = 500, message = "{validation.size.max}") String titleKk,
		@Size(max = 500, message = "{validation.size.max}") String titleKy,
		@NotNull(message = "{validation.required}") AgendaKind kind, UUID presenterOrganisationId,
		UUID presenterPersonId, @Min(value = 1, message = "{validation.agenda.duration}") @Max(value = 600,
				message = "{validation.agenda.duration}") Integer durationMinutes,
		Integer version) {

	public static AgendaItemForm empty() {
		return new AgendaItemForm("", "", "", "", "", "", AgendaKind.DISCUSSION, null, null, 20, null);
	}

	public static AgendaItemForm of(AgendaItem item) {
		LocalizedText t = item.title();
		return new AgendaItemForm(t.get("en"), t.get("ru"), t.get("tg"), t.get("uz"), t.get("kk"), t.get("ky"),
				item.kind(), item.presenterOrganisationId(), item.presenterPersonId(), item.durationMinutes(),
				item.version());
	}

	@AssertTrue(message = "{validation.agenda.title}")
	public boolean isTitled() {
		return !title().isEmpty();
	}

	public LocalizedText title() {
		Map<String, String> titles = new LinkedHashMap<>();
		titles.put("en", this.titleEn);
		titles.put("ru", this.titleRu);
		titles.put("tg", this.titleTg);
		titles.put("uz", this.titleUz);
		titles.put("kk", this.titleKk);
		titles.put("ky", this.titleKy);
		return LocalizedText.of(titles);
	}

}
