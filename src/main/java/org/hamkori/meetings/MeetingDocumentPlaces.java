package org.hamkori.meetings;

import java.util.Optional;
import java.util.Set;

import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.DocumentPlaces;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * Meeting papers and agenda items' annexes on a mechanism's documents page: each is
 * listed under its meeting, and only when the viewer may see that meeting (a draft only
 * to those who plan it).
 */
@Component
class MeetingDocumentPlaces implements DocumentPlaces {

	private final Meetings meetings;

	MeetingDocumentPlaces(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Meeting.DOCUMENT_KIND, AgendaItem.DOCUMENT_KIND);
	}

	@Override
	public Optional<Place> place(DocumentOwner owner, Viewer viewer) {
		Optional<Meeting> meeting = Meeting.DOCUMENT_KIND.equals(owner.kind())
				? this.meetings.findVisible(viewer, owner.id()) : this.meetings.agendaItem(owner.id())
					.flatMap((item) -> this.meetings.findVisible(viewer, item.meetingId()));
		return meeting.map((m) -> new Place(m.title(), "/meetings/" + m.id() + "#documents"));
	}

}
