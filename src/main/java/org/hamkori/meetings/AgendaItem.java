package org.hamkori.meetings;

import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One item of a meeting's agenda. {@code standing} marks the automatic "Follow-up of
 * actions" item of ordinary meetings, which lists the mechanism's open actions.
 */
@Table("agenda_item")
public record AgendaItem(@Id UUID id, UUID meetingId, int sortOrder, LocalizedText title, AgendaKind kind,
		UUID presenterOrganisationId, UUID presenterPersonId, Integer durationMinutes, AgendaStatus status,
		String standing, String proposedBy, String declineReason, @Version Integer version) {

	public static final String FOLLOW_UP = "FOLLOW_UP";

	/** The documents module's owner kind for files attached to an agenda item. */
	public static final String DOCUMENT_KIND = "agenda-item";

	public boolean isFollowUp() {
		return FOLLOW_UP.equals(this.standing);
	}

	AgendaItem withDetails(LocalizedText title, AgendaKind kind, UUID organisationId, UUID personId, Integer duration,
			Integer expectedVersion) {
		return new AgendaItem(this.id, this.meetingId, this.sortOrder, title, kind, organisationId, personId, duration,
				this.status, this.standing, this.proposedBy, this.declineReason, expectedVersion);
	}

	AgendaItem withSortOrder(int order) {
		return new AgendaItem(this.id, this.meetingId, order, this.title, this.kind, this.presenterOrganisationId,
				this.presenterPersonId, this.durationMinutes, this.status, this.standing, this.proposedBy,
				this.declineReason, this.version);
	}

	AgendaItem decided(AgendaStatus status, String reason, int order) {
		return new AgendaItem(this.id, this.meetingId, order, this.title, this.kind, this.presenterOrganisationId,
				this.presenterPersonId, this.durationMinutes, status, this.standing, this.proposedBy, reason,
				this.version);
	}

}
