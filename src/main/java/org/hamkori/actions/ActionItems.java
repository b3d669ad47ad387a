package org.hamkori.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.Documents;
import org.hamkori.documents.StoredDocument;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.text.Texts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of the actions module: recording commitments, reading them as a viewer
 * may, and reporting progress. Every change is checked against the viewer's rights, saved
 * with optimistic locking, and audited in the same transaction.
 * <p>
 * Who may see: members of the action's mechanism and admins (everyone else gets 404). Who
 * may update: the mechanism's secretariat, and people seated in that mechanism for the
 * owner institution, except observers. Dropping a commitment and moving its due date are
 * the secretariat's, since both change what the mechanism agreed.
 */
@Service
@Transactional
public class ActionItems {

	/** The document owner kind of evidence files: one progress update. */
	public static final String EVIDENCE = "action-update";

	/** Seats that speak for their institution and may report on its actions. */
	private static final Set<MembershipRole> REPORTING_ROLES = EnumSet.of(MembershipRole.CHAIR, MembershipRole.CO_CHAIR,
			MembershipRole.FOCAL_POINT, MembershipRole.ALTERNATE, MembershipRole.MEMBER, MembershipRole.SECRETARIAT);

	private final ActionItemRepository actions;

	private final ActionUpdateRepository updates;

	private final JdbcAggregateTemplate aggregates;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Documents documents;

	private final ActionRules rules;

	ActionItems(ActionItemRepository actions, ActionUpdateRepository updates, JdbcAggregateTemplate aggregates,
			Directory directory, Documents documents, ActionRules rules, ApplicationEventPublisher events,
			Clock clock) {
		this.documents = documents;
		this.rules = rules;
		this.actions = actions;
		this.updates = updates;
		this.aggregates = aggregates;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a commitment; only the secretariat of its mechanism (or an admin) may.
	 * @throws RuleViolation with message keys when the title, owner or due date is
	 * missing or wrong; nothing is stored then
	 */
	public ActionItem create(NewAction action, Viewer by) {
		UUID mechanismId = knownMechanism(action.mechanismId());
		if (!by.canManage(mechanismId)) {
			throw by.isMemberOf(mechanismId) ? new ForbiddenException() : new NotFoundException();
		}
		this.rules.check(action);
		ActionItem created = this.actions
			.save(ActionItem.create(action, ActionStatus.OPEN, null, this.clock.instant()));
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("title", pair(null, created.title().values()));
		changes.put("owner", pair(null, created.ownerOrganisationId()));
		changes.put("dueDate", pair(null, created.dueDate()));
		if (created.decisionNumber() != null) {
			changes.put("decision", pair(null, created.decisionNumber()));
		}
		this.events
			.publishEvent(new RecordChanged(by.actor(), mechanismId, "action", created.id(), "created", changes));
		return created;
	}

	/** Demo data: an action in any state, without a viewer and without an audit row. */
	public ActionItem createForDemo(NewAction action, ActionStatus status, String dropReason) {
		knownMechanism(action.mechanismId());
		this.rules.check(action);
		if (status == ActionStatus.DROPPED && blank(dropReason)) {
			throw new RuleViolation(Map.of("dropReason", "validation.action.dropReason"));
		}
		return this.actions.save(ActionItem.create(action, (status != null) ? status : ActionStatus.OPEN,
				(status == ActionStatus.DROPPED) ? dropReason.strip() : null, this.clock.instant()));
	}

	/**
	 * Reports progress. The version is the one the reporter read; a stale one fails with
	 * {@link org.springframework.dao.OptimisticLockingFailureException}.
	 */
	public ActionItem update(UUID actionId, ProgressUpdate update, Viewer by) {
		return update(actionId, update, by, null);
	}

	/** A file that backs up a progress report, such as a letter or a published table. */
	public record Evidence(String fileName, long size, java.io.InputStream content) {
	}

	/**
	 * Reports progress with an evidence file, in one transaction: if the documents module
	 * refuses the file ({@code RuleViolation}), the report is not stored either. Evidence
	 * is members-only, like the action.
	 */
	public ActionItem update(UUID actionId, ProgressUpdate update, Viewer by, Evidence evidence) {
		ActionItem before = visible(actionId, by);
		if (!canUpdate(by, before)) {
			throw new ForbiddenException();
		}
		boolean manager = by.canManage(before.mechanismId());
		LocalDate dueDate = (update.dueDate() != null) ? update.dueDate() : before.dueDate();
		boolean dueDateMoved = !dueDate.equals(before.dueDate());
		boolean dropping = update.status() == ActionStatus.DROPPED && before.status() != ActionStatus.DROPPED;
		if ((dropping || dueDateMoved) && !manager) {
			throw new ForbiddenException();
		}
		ActionRules.check(before, update, dueDateMoved);
		String dropReason = (update.status() == ActionStatus.DROPPED) ? Texts.blankToNull(update.dropReason()) : null;
		ActionItem after = this.actions.save(before.progress(update.status(), dropReason, dueDate, this.clock.instant(),
				(update.version() != null) ? update.version() : before.version()));
		ActionUpdate entry = this.aggregates.insert(new ActionUpdate(UUID.randomUUID(), actionId, after.status(),
				before.status(), Texts.blankToNull(update.note()), after.dropReason(), dueDateMoved ? dueDate : null,
				dueDateMoved ? before.dueDate() : null, by.actor(), by.personId(), after.updatedAt()));
		if (evidence != null) {
			this.documents.upload(new DocumentOwner(EVIDENCE, entry.id()), before.mechanismId(), Visibility.MEMBERS,
					java.util.Set.of(), evidence.fileName(), evidence.size(), evidence.content(), by);
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		addChange(changes, "status", before.status(), after.status());
		addChange(changes, "dueDate", before.dueDate(), after.dueDate());
		addChange(changes, "dropReason", before.dropReason(), after.dropReason());
		if (!blank(update.note())) {
			changes.put("note", update.note().strip());
		}
		this.events
			.publishEvent(new RecordChanged(by.actor(), before.mechanismId(), "action", actionId, "updated", changes));
		return after;
	}

	/** The evidence files of an action's updates that the viewer may see, by update. */
	@Transactional(readOnly = true)
	public Map<UUID, List<StoredDocument>> evidence(List<ActionUpdate> updates, Viewer viewer) {
		Map<UUID, List<StoredDocument>> result = new LinkedHashMap<>();
		this.documents.visibleOn(updates.stream().map((u) -> new DocumentOwner(EVIDENCE, u.id())).toList(), viewer)
			.forEach((owner, files) -> result.put(owner.id(), files));
		return result;
	}

	@Transactional(readOnly = true)
	public Optional<ActionItem> find(UUID id) {
		return this.actions.findById(id);
	}

	/**
	 * Open and in-progress actions of a mechanism, by due date: what the next meeting
	 * follows up.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> openOf(UUID mechanismId) {
		return this.actions.findOpenByMechanism(mechanismId);
	}

	@Transactional(readOnly = true)
	public List<ActionItem> fromMeeting(UUID meetingId) {
		return this.actions.findByMeeting(meetingId);
	}

	@Transactional(readOnly = true)
	public List<ActionItem> fromDecision(UUID decisionId) {
		return this.actions.findByDecision(decisionId);
	}

	/**
	 * All actions of a mechanism by due date, for a viewer who may see them (else 404).
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> ofMechanism(UUID mechanismId, Viewer viewer) {
		if (!canSee(viewer, mechanismId)) {
			throw new NotFoundException();
		}
		return this.actions.findByMechanism(mechanismId);
	}

	/**
	 * The actions of the institutions the viewer speaks for, across all their seats: open
	 * ones first, each group by due date.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> ofMyInstitutions(Viewer viewer) {
		List<ActionItem> mine = new ArrayList<>();
		viewer.seats()
			.stream()
			.filter((seat) -> seat.organisationId() != null && REPORTING_ROLES.contains(seat.role()))
			.map((seat) -> List.of(seat.mechanismId(), seat.organisationId()))
			.distinct()
			.forEach((pair) -> this.actions.findByMechanism(pair.get(0))
				.stream()
				.filter((a) -> a.ownerOrganisationId().equals(pair.get(1)))
				.forEach(mine::add));
		mine.sort(Comparator.comparing((ActionItem a) -> !a.isOpen())
			.thenComparing(ActionItem::dueDate)
			.thenComparing(ActionItem::id));
		return mine;
	}

	/**
	 * The open actions of the institutions the viewer speaks for, across all their seats:
	 * overdue ones first (their due date has passed), then by due date.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> openOfMyInstitutions(Viewer viewer) {
		return ofMyInstitutions(viewer).stream().filter(ActionItem::isOpen).toList();
	}

	/**
	 * Actions of the mechanisms the viewer sits in that changed after the given instant,
	 * latest first; only those the viewer may see.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> changedSince(Viewer viewer, Instant since) {
		if (viewer.mechanismIds().isEmpty()) {
			return List.of();
		}
		return this.actions.findChangedSince(viewer.mechanismIds(), since)
			.stream()
			.filter((a) -> canSee(viewer, a.mechanismId()))
			.toList();
	}

	/** The action if the viewer may see it; 404 otherwise, whether it exists or not. */
	@Transactional(readOnly = true)
	public ActionItem visible(UUID id, Viewer viewer) {
		return findVisible(id, viewer).orElseThrow(NotFoundException::new);
	}

	/** The action if the viewer may see it, or empty; never marks a transaction. */
	@Transactional(readOnly = true)
	public java.util.Optional<ActionItem> findVisible(UUID id, Viewer viewer) {
		return this.actions.findById(id).filter((a) -> canSee(viewer, a.mechanismId()));
	}

	@Transactional(readOnly = true)
	public List<ActionUpdate> history(UUID actionId) {
		return this.updates.findByAction(actionId);
	}

	/** Actions are members-only content. */
	public boolean canSee(Viewer viewer, UUID mechanismId) {
		return viewer.canSee(mechanismId, Visibility.MEMBERS, List.of());
	}

	public boolean canUpdate(Viewer viewer, ActionItem action) {
		return viewer.canManage(action.mechanismId()) || viewer.seats()
			.stream()
			.anyMatch((seat) -> seat.mechanismId().equals(action.mechanismId())
					&& action.ownerOrganisationId().equals(seat.organisationId())
					&& REPORTING_ROLES.contains(seat.role()));
	}

	public LocalDate today() {
		return this.directory.today();
	}

	private UUID knownMechanism(UUID mechanismId) {
		if (mechanismId == null || this.directory.mechanism(mechanismId).isEmpty()) {
			throw new NotFoundException();
		}
		return mechanismId;
	}

	private static void addChange(Map<String, Object> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.put(field, pair(before, after));
		}
	}

	private static List<Object> pair(Object before, Object after) {
		List<Object> pair = new ArrayList<>(2);
		pair.add(before);
		pair.add(after);
		return pair;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
