package org.hamkori.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda while it is planned: the secretariat adds, edits, orders and removes
 * items and decides on the items members propose. Every change is checked against the
 * viewer's rights and audited in the same transaction, as the rest of the planning.
 */
@Service
@Transactional
public class MeetingAgenda {

	private final Meetings meetings;

	private final MeetingPlanning planning;

	private final AgendaItemRepository agenda;

	private final Directory directory;

	private final JdbcAggregateTemplate aggregates;

	MeetingAgenda(Meetings meetings, MeetingPlanning planning, AgendaItemRepository agenda, Directory directory,
			JdbcAggregateTemplate aggregates) {
		this.meetings = meetings;
		this.planning = planning;
		this.agenda = agenda;
		this.directory = directory;
		this.aggregates = aggregates;
	}

	/**
	 * The secretariat adds accepted items; other members propose items for acceptance.
	 */
	public AgendaItem addItem(Viewer viewer, UUID meetingId, AgendaItemForm form) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		boolean manager = viewer.canManage(meeting.mechanismId());
		if (!manager && meeting.status() != MeetingStatus.DRAFT && meeting.status() != MeetingStatus.ANNOUNCED) {
			throw new RuleViolation(null, "agenda.error.closed");
		}
		if (manager && !meeting.status().isPlanned()) {
			throw new RuleViolation(null, "agenda.error.closed");
		}
		checkPresenter(form);
		int order = this.agenda.findByMeetingId(meetingId).stream().mapToInt(AgendaItem::sortOrder).max().orElse(0) + 1;
		AgendaItem item = this.aggregates
			.insert(new AgendaItem(UUID.randomUUID(), meetingId, manager ? order : 10_000 + order, form.title(),
					form.kind(), form.presenterOrganisationId(), form.presenterPersonId(), form.durationMinutes(),
					manager ? AgendaStatus.ACCEPTED : AgendaStatus.PROPOSED, null, viewer.actor(), null, 0));
		this.planning.audit(viewer, meeting, "agenda-item", item.id(), manager ? "created" : "proposed",
				MeetingPlanning.changes("title", null, item.title().values(), "kind", null, item.kind()));
		return item;
	}

	public AgendaItem updateItem(Viewer viewer, UUID itemId, AgendaItemForm form) {
		AgendaItem before = this.agenda.findById(itemId).orElseThrow(NotFoundException::new);
		Meeting meeting = this.planning.managed(viewer, before.meetingId());
		requirePlanned(meeting);
		checkPresenter(form);
		AgendaItem after = this.agenda.save(before.withDetails(form.title(), form.kind(),
				form.presenterOrganisationId(), form.presenterPersonId(), form.durationMinutes(), form.version()));
		this.planning.audit(viewer, meeting, "agenda-item", itemId, "updated",
				MeetingPlanning.changes("title", before.title().values(), after.title().values(), "kind", before.kind(),
						after.kind(), "duration", before.durationMinutes(), after.durationMinutes()));
		return after;
	}

	public AgendaItem accept(Viewer viewer, UUID itemId) {
		return decide(viewer, itemId, AgendaStatus.ACCEPTED, null);
	}

	public AgendaItem decline(Viewer viewer, UUID itemId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "validation.agenda.reason");
		}
		return decide(viewer, itemId, AgendaStatus.DECLINED, reason.strip());
	}

	private AgendaItem decide(Viewer viewer, UUID itemId, AgendaStatus status, String reason) {
		AgendaItem before = this.agenda.findById(itemId).orElseThrow(NotFoundException::new);
		Meeting meeting = this.planning.managed(viewer, before.meetingId());
		requirePlanned(meeting);
		if (before.status() != AgendaStatus.PROPOSED) {
			throw new RuleViolation(null, "agenda.error.decided");
		}
		int order = this.agenda.findByMeetingId(meeting.id())
			.stream()
			.filter((i) -> i.status() == AgendaStatus.ACCEPTED)
			.mapToInt(AgendaItem::sortOrder)
			.max()
			.orElse(0) + 1;
		AgendaItem after = this.agenda
			.save(before.decided(status, reason, (status == AgendaStatus.ACCEPTED) ? order : before.sortOrder()));
		this.planning.audit(viewer, meeting, "agenda-item", itemId,
				(status == AgendaStatus.ACCEPTED) ? "accepted" : "declined",
				MeetingPlanning.changes("status", before.status(), status, "reason", null, reason));
		return after;
	}

	/**
	 * Puts the accepted items in the given order (ids from a drag or the keyboard); items
	 * not named keep their relative place after the named ones.
	 */
	public List<AgendaItem> reorder(Viewer viewer, UUID meetingId, List<UUID> order) {
		Meeting meeting = this.planning.managed(viewer, meetingId);
		requirePlanned(meeting);
		List<AgendaItem> accepted = new ArrayList<>(this.agenda.findByMeetingId(meetingId)
			.stream()
			.filter((i) -> i.status() == AgendaStatus.ACCEPTED)
			.toList());
		Map<UUID, Integer> wanted = new LinkedHashMap<>();
		for (UUID id : order) {
			wanted.putIfAbsent(id, wanted.size());
		}
		accepted.sort(Comparator.comparing((AgendaItem i) -> wanted.getOrDefault(i.id(), Integer.MAX_VALUE))
			.thenComparing(AgendaItem::sortOrder));
		List<AgendaItem> saved = new ArrayList<>();
		for (int i = 0; i < accepted.size(); i++) {
			AgendaItem item = accepted.get(i);
			saved.add((item.sortOrder() == i + 1) ? item : this.agenda.save(item.withSortOrder(i + 1)));
		}
		this.planning.audit(viewer, meeting, "agenda", meetingId, "reordered",
				MeetingPlanning.changes("order", null, saved.stream().map((i) -> i.id().toString()).toList()));
		return saved;
	}

	/** Moves one accepted item up (-1) or down (+1). */
	public List<AgendaItem> move(Viewer viewer, UUID itemId, int direction) {
		AgendaItem item = this.agenda.findById(itemId).orElseThrow(NotFoundException::new);
		List<UUID> ids = new ArrayList<>(this.agenda.findByMeetingId(item.meetingId())
			.stream()
			.filter((i) -> i.status() == AgendaStatus.ACCEPTED)
			.map(AgendaItem::id)
			.toList());
		int at = ids.indexOf(itemId);
		int to = at + Integer.signum(direction);
		if (at >= 0 && to >= 0 && to < ids.size()) {
			ids.set(at, ids.get(to));
			ids.set(to, itemId);
		}
		return reorder(viewer, item.meetingId(), ids);
	}

	public void removeItem(Viewer viewer, UUID itemId) {
		AgendaItem item = this.agenda.findById(itemId).orElseThrow(NotFoundException::new);
		Meeting meeting = this.planning.managed(viewer, item.meetingId());
		requirePlanned(meeting);
		this.agenda.delete(item);
		this.planning.audit(viewer, meeting, "agenda-item", itemId, "removed",
				MeetingPlanning.changes("title", item.title().values(), null));
	}

	private void checkPresenter(AgendaItemForm form) {
		if (form.presenterOrganisationId() != null
				&& this.directory.organisation(form.presenterOrganisationId()).isEmpty()) {
			throw new RuleViolation("presenterOrganisationId", "validation.required");
		}
		if (form.presenterPersonId() != null && this.directory.person(form.presenterPersonId()).isEmpty()) {
			throw new RuleViolation("presenterPersonId", "validation.required");
		}
	}

	private static void requirePlanned(Meeting meeting) {
		if (!meeting.status().isPlanned()) {
			throw new RuleViolation(null, "agenda.error.closed");
		}
	}

}
