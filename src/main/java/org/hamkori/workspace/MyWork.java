package org.hamkori.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.issues.Issue;
import org.hamkori.issues.IssueRegister;
import org.hamkori.issues.RegionalLoop;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingCalendar;
import org.hamkori.meetings.Meetings;
import org.hamkori.reporting.Completeness;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.workspace.WorkItem.State;
import org.hamkori.workspace.WorkItem.Type;

import org.springframework.stereotype.Service;

/**
 * Gathers "My work" for one reader from the front doors of the modules that own each
 * record, always with the reader's rights: each section is what those modules answer for
 * this viewer, so a record the reader may not see is never listed, counted or named. Like
 * the weekly digest, it speaks only of the mechanisms the reader sits in.
 */
@Service
public class MyWork {

	/** How far back "what changed" looks on a first visit. */
	static final Duration FIRST_LOOK_BACK = Duration.ofDays(14);

	/** The most changes listed; the latest ones. */
	static final int CHANGES_SHOWN = 30;

	private final Meetings meetings;

	private final MeetingCalendar calendar;

	private final ActionItems actions;

	private final Completeness completeness;

	private final RegionalLoop loop;

	private final IssueRegister issues;

	private final Directory directory;

	private final Visits visits;

	private final Clock clock;

	MyWork(Meetings meetings, MeetingCalendar calendar, ActionItems actions, Completeness completeness,
			RegionalLoop loop, IssueRegister issues, Directory directory, Visits visits, Clock clock) {
		this.meetings = meetings;
		this.calendar = calendar;
		this.actions = actions;
		this.completeness = completeness;
		this.loop = loop;
		this.issues = issues;
		this.directory = directory;
		this.visits = visits;
		this.clock = clock;
	}

	/**
	 * The reader opens the page: the visit is recorded, and changes count from the start
	 * of their previous visit.
	 */
	public Work open(Viewer viewer) {
		Instant now = this.clock.instant();
		Optional<Instant> previous = (viewer.userId() != null) ? this.visits.open(viewer.userId(), now)
				: Optional.empty();
		return gather(viewer, previous, now);
	}

	/** The same, without recording a visit: what the API answers. */
	public Work read(Viewer viewer) {
		Optional<Instant> previous = (viewer.userId() != null) ? this.visits.previous(viewer.userId())
				: Optional.empty();
		return gather(viewer, previous, this.clock.instant());
	}

	private Work gather(Viewer viewer, Optional<Instant> previous, Instant now) {
		Map<UUID, Mechanism> mechanisms = this.directory.mechanismsById();
		Instant since = previous.orElse(now.minus(FIRST_LOOK_BACK));
		return new Work(meetings(viewer, mechanisms), actions(viewer, mechanisms), reports(viewer),
				minutes(viewer, mechanisms), incoming(viewer, mechanisms), changes(viewer, mechanisms, since), since,
				previous.isEmpty());
	}

	private List<WorkItem> meetings(Viewer viewer, Map<UUID, Mechanism> mechanisms) {
		return this.meetings.awaitingAnswer(viewer)
			.stream()
			.map((m) -> new WorkItem(Type.MEETING, name(m), null, "/meetings/" + m.id(),
					code(mechanisms, m.mechanismId()), null, m.start().toOffsetDateTime(), State.INVITED))
			.toList();
	}

	private List<WorkItem> actions(Viewer viewer, Map<UUID, Mechanism> mechanisms) {
		LocalDate today = this.actions.today();
		return this.actions.openOfMyInstitutions(viewer)
			.stream()
			.sorted(Comparator.comparing((ActionItem a) -> !a.isOverdue(today))
				.thenComparing(ActionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ActionItem::id))
			.map((a) -> new WorkItem(Type.ACTION, a.title(), a.decisionNumber(), "/actions/" + a.id(),
					code(mechanisms, a.mechanismId()), a.dueDate(), null,
					a.isOverdue(today) ? State.OVERDUE : State.DUE))
			.toList();
	}

	private List<WorkItem> reports(Viewer viewer) {
		return this.completeness.owedBy(viewer)
			.stream()
			.sorted(Comparator.comparing((Completeness.Owed o) -> !o.returned() && !o.overdue()))
			.map((o) -> new WorkItem(Type.REPORT, o.dataSetName(), o.period(),
					"/data/obligations/" + o.obligationId() + "/periods/" + o.period(), o.mechanismCode(), o.due(),
					null, o.returned() ? State.RETURNED : o.overdue() ? State.OVERDUE : State.DUE))
			.toList();
	}

	private List<WorkItem> minutes(Viewer viewer, Map<UUID, Mechanism> mechanisms) {
		return this.meetings.minutesOpenForComments(viewer)
			.stream()
			.map((m) -> new WorkItem(Type.MINUTES, name(m), null, "/meetings/" + m.id() + "/minutes",
					code(mechanisms, m.mechanismId()), m.commentsDeadline(), null, State.OPEN_FOR_COMMENTS))
			.toList();
	}

	private List<WorkItem> incoming(Viewer viewer, Map<UUID, Mechanism> mechanisms) {
		List<WorkItem> items = new ArrayList<>();
		for (RegionalLoop.Waiting w : this.loop.waitingFor(viewer)) {
			items.add(new WorkItem(Type.RECOMMENDATION, w.issue().title(), null, "/issues/" + w.issue().id(),
					w.mechanism().code(), null, utc(w.item().createdAt()), State.WAITING));
		}
		for (RegionalLoop.Escalated e : this.loop.awaitingMerge(viewer)) {
			items.add(new WorkItem(Type.ESCALATION, e.issue().title(), null, "/issues/" + e.issue().id(),
					code(mechanisms, e.escalation().fromMechanism()), null, utc(e.escalation().escalatedAt()),
					State.WAITING));
		}
		return items;
	}

	private List<WorkItem> changes(Viewer viewer, Map<UUID, Mechanism> mechanisms, Instant since) {
		List<Change> changes = new ArrayList<>();
		for (Meeting m : this.meetings.changedSince(viewer, since)) {
			changes.add(new Change(Type.MEETING, name(m), null, "/meetings/" + m.id(), m.mechanismId(), m.createdAt(),
					m.updatedAt()));
		}
		for (ActionItem a : this.actions.changedSince(viewer, since)) {
			changes.add(new Change(Type.ACTION, a.title(), a.decisionNumber(), "/actions/" + a.id(), a.mechanismId(),
					a.createdAt(), a.updatedAt()));
		}
		for (Issue i : this.issues.changedSince(viewer, since)) {
			changes.add(new Change(Type.ISSUE, i.title(), null, "/issues/" + i.id(), i.mechanismId(), i.createdAt(),
					i.updatedAt()));
		}
		return changes.stream()
			.sorted(Comparator.comparing(Change::updatedAt).reversed().thenComparing(Change::url))
			.limit(CHANGES_SHOWN)
			.map((c) -> new WorkItem(c.type(), c.title(), c.reference(), c.url(), code(mechanisms, c.mechanismId()),
					null, utc(c.updatedAt()),
					(c.createdAt() != null && c.createdAt().isAfter(since)) ? State.NEW : State.UPDATED))
			.toList();
	}

	/**
	 * A meeting's name in every language, as the meeting pages give it: its code and its
	 * own title, or its number, type and body when it has none.
	 */
	private LocalizedText name(Meeting meeting) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Locale locale : Languages.LOCALES) {
			names.put(locale.getLanguage(), this.calendar.title(meeting, locale));
		}
		return LocalizedText.of(names);
	}

	private static String code(Map<UUID, Mechanism> mechanisms, UUID mechanismId) {
		Mechanism mechanism = mechanisms.get(mechanismId);
		return (mechanism != null) ? mechanism.code() : "";
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/** A record changed since the last visit, before it becomes a line. */
	private record Change(Type type, LocalizedText title, String reference, String url, UUID mechanismId,
			Instant createdAt, Instant updatedAt) {
	}

}
