package org.hamkori.meetings;

import java.time.Instant;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A numbered decision of a meeting; its text is kept in each minutes language. */
@Table("decision")
public record Decision(@Id UUID id, UUID meetingId, UUID agendaItemId, int number, LocalizedText text,
		Instant createdAt, @Version Integer version) {

}
