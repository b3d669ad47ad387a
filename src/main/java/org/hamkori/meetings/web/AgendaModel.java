package org.hamkori.meetings.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.Documents;
import org.hamkori.documents.StoredDocument;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.directory.Person;
import org.hamkori.meetings.AgendaItem;
import org.hamkori.meetings.AgendaStatus;
import org.hamkori.meetings.Invitation;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a meeting's page and its agenda fragment show, in one place. */
@Component
class AgendaModel {

	private final Meetings meetings;

	private final Directory directory;

	private final ActionRows actions;

	private final Documents documents;

	private final org.hamkori.meetings.MeetingPublication publication;

	AgendaModel(Meetings meetings, Directory directory, ActionRows actions, Documents documents,
			org.hamkori.meetings.MeetingPublication publication) {
		this.publication = publication;
		this.documents = documents;
		this.meetings = meetings;
		this.directory = directory;
		this.actions = actions;
	}

	void addMeeting(Model model, Meeting meeting, Viewer viewer) {
		boolean manager = viewer.canManage(meeting.mechanismId());
		List<AgendaItem> items = this.meetings.agenda(meeting.id());
		model.addAttribute("meeting", meeting);
		model.addAttribute("mechanism", this.directory.mechanism(meeting.mechanismId()).orElseThrow());
		model.addAttribute("canManage", manager);
		model.addAttribute("meetingVisibility", manager ? this.publication.ofMeeting(meeting.id()) : null);
		List<DocumentOwner> owners = new java.util.ArrayList<>();
		owners.add(new DocumentOwner(Meeting.DOCUMENT_KIND, meeting.id()));
		items.forEach((i) -> owners.add(new DocumentOwner(AgendaItem.DOCUMENT_KIND, i.id())));
		Map<DocumentOwner, List<StoredDocument>> attached = this.documents.visibleOn(owners, viewer);
		model.addAttribute("meetingDocuments", attached.getOrDefault(owners.get(0), List.of()));
		Map<UUID, List<StoredDocument>> itemDocuments = new LinkedHashMap<>();
		attached.forEach((owner, docs) -> {
			if (owner.kind().equals(AgendaItem.DOCUMENT_KIND)) {
				itemDocuments.put(owner.id(), docs);
			}
		});
		model.addAttribute("itemDocuments", itemDocuments);
		model.addAttribute("viewer", viewer);
		if (items.stream().anyMatch(AgendaItem::isFollowUp)) {
			model.addAttribute("followUp", this.actions.openOf(meeting.mechanismId()));
		}
		model.addAttribute("accepted", items.stream().filter((i) -> i.status() == AgendaStatus.ACCEPTED).toList());
		model.addAttribute("proposed", items.stream()
			.filter((i) -> i.status() == AgendaStatus.PROPOSED && (manager || viewer.actor().equals(i.proposedBy())))
			.toList());
		model.addAttribute("declined", items.stream()
			.filter((i) -> i.status() == AgendaStatus.DECLINED && (manager || viewer.actor().equals(i.proposedBy())))
			.toList());
		Map<UUID, Organisation> organisations = this.directory.organisationsById();
		model.addAttribute("organisations", organisations);
		Map<UUID, String> people = new LinkedHashMap<>();
		Map<UUID, Organisation> memberOrganisations = new LinkedHashMap<>();
		var today = this.directory.today();
		List<Membership> current = this.directory.membershipsOfMechanism(meeting.mechanismId())
			.stream()
			.filter((m) -> m.isActiveOn(today))
			.toList();
		Map<UUID, Person> persons = this.directory.peopleById(current.stream().map(Membership::personId).toList());
		for (Membership m : current) {
			if (persons.containsKey(m.personId())) {
				people.put(m.personId(), persons.get(m.personId()).fullName());
				memberOrganisations.putIfAbsent(m.organisationId(), organisations.get(m.organisationId()));
			}
		}
		model.addAttribute("people", people);
		model.addAttribute("memberOrganisations", memberOrganisations.values());
		Invitation invitation = this.meetings.invitationOf(meeting.id(), viewer.personId()).orElse(null);
		model.addAttribute("invitation", invitation);
		model.addAttribute("canAnswer", MeetingController.answerable(meeting, invitation));
		if (manager) {
			Map<Invitation.Response, Long> answers = new LinkedHashMap<>();
			for (Invitation.Response r : Invitation.Response.values()) {
				answers.put(r, 0L);
			}
			this.meetings.invitations(meeting.id()).forEach((i) -> answers.merge(i.response(), 1L, Long::sum));
			model.addAttribute("answers", answers);
		}
	}

}
