package org.hamkori.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.directory.Directory;
import org.hamkori.issues.CitedRecord;
import org.hamkori.issues.IssueRegister;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.programmes.Programmes;
import org.hamkori.results.ActivityGuidance.Kind;
import org.hamkori.results.ActivityGuidance.Purpose;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.search.PickedRecord;
import org.hamkori.shared.security.Viewer;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * Guidance from the mechanisms, traceable (issue 17): an activity names the decision that
 * guides it, and a postponement or cancellation the decision that caused it, each picked
 * by words from the one search (posted as {@code decision:<id>}, see
 * {@link PickedRecord}) or typed as its code ({@code CCM-TJ/1/D2}), and resolved through
 * the meetings and issues modules under the editor's rights, so an unknown record and one
 * the editor may not see are refused alike. The decision's page asks which activities it
 * guides through {@link #activitiesOf}, as far as the reader may see their programmes.
 */
@Service
@Transactional
public class Guidance {

	private final ActivityGuidanceRepository links;

	private final Workplan workplan;

	private final ActivityRepository activities;

	private final JdbcAggregateTemplate aggregates;

	private final MinutesBook minutes;

	private final Meetings meetings;

	private final Programmes programmes;

	private final IssueRegister issues;

	private final Directory directory;

	Guidance(ActivityGuidanceRepository links, Workplan workplan, ActivityRepository activities,
			JdbcAggregateTemplate aggregates, MinutesBook minutes, Meetings meetings, Programmes programmes,
			IssueRegister issues, Directory directory) {
		this.issues = issues;
		this.directory = directory;
		this.links = links;
		this.workplan = workplan;
		this.activities = activities;
		this.aggregates = aggregates;
		this.minutes = minutes;
		this.meetings = meetings;
		this.programmes = programmes;
	}

	/** The search types of the records that may guide an activity or cause its change. */
	public static final Set<String> PICKABLE = Set.of("decision", "recommendation", "issue");

	/** A record a code names, as the viewer may see it. */
	record Resolved(Kind kind, UUID id, String code) {
	}

	/** An activity a record guides, with its programme, for the record's page. */
	public record Guided(Activity activity, ProgrammeRef programme, Purpose purpose) {
	}

	/**
	 * A link as a reader may see it: the record's code and page, or neither when the
	 * reader may not see the record ("a record you cannot see").
	 */
	public record Shown(Purpose purpose, String code, String href) {

		public boolean hidden() {
			return this.code == null;
		}

	}

	/** How many of a programme's activities name a guiding record. */
	public record Share(long guided, long all) {
	}

	public Activity create(UUID programmeId, ActivityDetails details, String guidedBy, String changeCause, Viewer by) {
		Map<String, Resolved> found = new LinkedHashMap<>();
		Map<String, String> errors = resolveAll(by, guidedBy, changeCause, details.status(), List.of(), found);
		Activity created;
		try {
			created = this.workplan.create(programmeId, details, by);
		}
		catch (RuleViolation ex) {
			throw merged(ex, errors);
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		store(created.id(), found);
		return created;
	}

	public Activity update(UUID id, ActivityDetails details, Long version, String guidedBy, String changeCause,
			Viewer by) {
		List<ActivityGuidance> before = this.links.findByActivityId(id);
		Map<String, Resolved> found = new LinkedHashMap<>();
		Map<String, String> errors = resolveAll(by, guidedBy, changeCause, details.status(), before, found);
		Activity updated;
		try {
			updated = this.workplan.update(id, details, version, by);
		}
		catch (RuleViolation ex) {
			throw merged(ex, errors);
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		this.links.deleteAll(before);
		store(id, found);
		return updated;
	}

	/** The records an activity names, by purpose. */
	@Transactional(readOnly = true)
	public Map<Purpose, ActivityGuidance> of(UUID activityId) {
		return this.links.findByActivityId(activityId)
			.stream()
			.collect(Collectors.toMap(ActivityGuidance::purpose, (g) -> g));
	}

	/**
	 * The records a programme's activities name, by activity, as the viewer may see them:
	 * a record the viewer may not see keeps its place without its code or page.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<Shown>> ofProgramme(UUID programmeId, Viewer viewer) {
		return this.links.findByProgrammeId(programmeId)
			.stream()
			.sorted(java.util.Comparator.comparing(ActivityGuidance::purpose))
			.collect(Collectors.groupingBy(ActivityGuidance::activityId, LinkedHashMap::new,
					Collectors.mapping((g) -> shown(viewer, g), Collectors.toList())));
	}

	/** A link as the viewer may see it. */
	Shown shown(Viewer viewer, ActivityGuidance g) {
		return href(viewer, g).map((href) -> new Shown(g.purpose(), g.recordCode(), href))
			.orElseGet(() -> new Shown(g.purpose(), null, null));
	}

	/**
	 * The programmes the viewer may add activities to, for the record's page's "create an
	 * activity from it" links.
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeRef> editableProgrammes(Viewer viewer) {
		if (!viewer.isAuthenticated()) {
			return List.of();
		}
		return this.directory.mechanisms()
			.stream()
			.filter((m) -> viewer.canManage(m.id()))
			.flatMap((m) -> this.programmes.of(m.id(), viewer).stream())
			.toList();
	}

	/**
	 * The text of a record the viewer may see, by its code, in the given language: a
	 * decision's text, an issue's title, a recommendation's text.
	 */
	@Transactional(readOnly = true)
	public Optional<String> text(String code, Viewer viewer, java.util.Locale locale) {
		Optional<Resolved> record = resolve(viewer, code);
		if (record.isEmpty()) {
			return Optional.empty();
		}
		UUID id = record.get().id();
		return switch (record.get().kind()) {
			case DECISION -> this.minutes.decision(id).map((d) -> d.text().in(locale));
			case ISSUE -> this.issues.find(id).map((i) -> i.title().in(locale));
			case RECOMMENDATION -> this.issues.recommendation(id).map((r) -> r.text().in(locale));
		};
	}

	/** The canonical code of a record the viewer may see, if any. */
	@Transactional(readOnly = true)
	public Optional<String> visibleCode(String code, Viewer viewer) {
		return resolve(viewer, code).map(Resolved::code);
	}

	/** Of the given activities, how many a record of a mechanism guides. */
	@Transactional(readOnly = true)
	public Share share(UUID programmeId, List<Activity> activities) {
		var guided = this.links.findByProgrammeId(programmeId)
			.stream()
			.filter((g) -> g.purpose() == Purpose.GUIDED_BY)
			.map(ActivityGuidance::activityId)
			.collect(Collectors.toSet());
		return new Share(activities.stream().filter((a) -> guided.contains(a.id())).count(), activities.size());
	}

	/**
	 * The activities a record names, for the record's page: nothing unless the viewer may
	 * see the record, and only activities of programmes the viewer may see.
	 */
	@Transactional(readOnly = true)
	public List<Guided> activitiesOf(String code, Viewer viewer) {
		Optional<Resolved> record = resolve(viewer, code);
		if (record.isEmpty()) {
			return List.of();
		}
		return this.links.findByRecordCode(record.get().code())
			.stream()
			.map((g) -> this.activities.findById(g.activityId())
				.flatMap((a) -> this.programmes.visible(a.programmeId(), viewer)
					.map((p) -> new Guided(a, p, g.purpose()))))
			.flatMap(Optional::stream)
			.toList();
	}

	private Map<String, String> resolveAll(Viewer by, String guidedBy, String changeCause, ActivityStatus status,
			List<ActivityGuidance> before, Map<String, Resolved> found) {
		Map<String, String> errors = new LinkedHashMap<>();
		resolveOne(by, Purpose.GUIDED_BY, guidedBy, before, found, errors);
		// a change of plan (any status but planned) may name the record that caused it
		if (status != null && status != ActivityStatus.PLANNED) {
			resolveOne(by, Purpose.CHANGE_CAUSE, changeCause, before, found, errors);
		}
		return errors;
	}

	private void resolveOne(Viewer by, Purpose purpose, String typed, List<ActivityGuidance> before,
			Map<String, Resolved> found, Map<String, String> errors) {
		String code = blankToNull(typed);
		if (code == null) {
			return;
		}
		String wanted = code.strip();
		// a record already named stays named, even if the editor may no longer see it
		Optional<Resolved> kept = before.stream()
			.filter((g) -> g.purpose() == purpose && g.recordCode().equalsIgnoreCase(wanted))
			.findFirst()
			.map((g) -> new Resolved(g.recordKind(), g.recordId(), g.recordCode()));
		Optional<Resolved> resolved = kept.isPresent() ? kept : resolve(by, wanted);
		if (resolved.isPresent()) {
			found.put(purpose.name(), resolved.get());
		}
		else {
			errors.put((purpose == Purpose.GUIDED_BY) ? "guidedBy" : "changeCause", "validation.workplan.guidance");
		}
	}

	/**
	 * A decision by its number, else an issue or a recommendation by its citation, as the
	 * viewer may see it.
	 */
	private Optional<Resolved> resolve(Viewer viewer, String code) {
		if (blankToNull(code) == null) {
			return Optional.empty();
		}
		Optional<PickedRecord> picked = PickedRecord.parse(code, PICKABLE);
		if (picked.isPresent()) {
			return picked(viewer, picked.get());
		}
		Optional<Resolved> decision = this.minutes.findVisibleDecision(viewer, code.strip())
			.flatMap((d) -> this.meetings.find(d.meetingId())
				.map((m) -> new Resolved(Kind.DECISION, d.id(), this.minutes.decisionNumber(m, d))));
		if (decision.isPresent()) {
			return decision;
		}
		return this.issues.findVisibleByCitation(viewer, code.strip())
			.map((c) -> new Resolved(kindOf(c.kind()), c.id(), c.citation()));
	}

	/** A record picked from the search, as the viewer may see it. */
	private Optional<Resolved> picked(Viewer viewer, PickedRecord picked) {
		UUID id = picked.id();
		return switch (picked.type()) {
			case "decision" -> this.minutes.decision(id)
				.flatMap((d) -> this.meetings.findVisible(viewer, d.meetingId())
					.map((m) -> new Resolved(Kind.DECISION, d.id(), this.minutes.decisionNumber(m, d))));
			case "issue" -> this.issues.findVisibleCited(viewer, CitedRecord.Kind.ISSUE, id)
				.map((c) -> new Resolved(Kind.ISSUE, c.id(), c.citation()));
			default -> this.issues.findVisibleCited(viewer, CitedRecord.Kind.RECOMMENDATION, id)
				.map((c) -> new Resolved(Kind.RECOMMENDATION, c.id(), c.citation()));
		};
	}

	/** The page of a linked record, if the viewer may see it. */
	private Optional<String> href(Viewer viewer, ActivityGuidance g) {
		return switch (g.recordKind()) {
			case DECISION -> this.minutes.decision(g.recordId())
				.flatMap((d) -> this.meetings.findVisible(viewer, d.meetingId()))
				.map((m) -> "/decisions/" + g.recordId());
			case RECOMMENDATION -> this.issues.findVisibleCited(viewer, CitedRecord.Kind.RECOMMENDATION, g.recordId())
				.map(CitedRecord::href);
			case ISSUE ->
				this.issues.findVisibleCited(viewer, CitedRecord.Kind.ISSUE, g.recordId()).map(CitedRecord::href);
		};
	}

	private static Kind kindOf(CitedRecord.Kind kind) {
		return (kind == CitedRecord.Kind.ISSUE) ? Kind.ISSUE : Kind.RECOMMENDATION;
	}

	private void store(UUID activityId, Map<String, Resolved> found) {
		found.forEach((purpose, r) -> this.aggregates.insert(new ActivityGuidance(UUID.randomUUID(), activityId,
				Purpose.valueOf(purpose), r.kind(), r.id(), r.code())));
	}

	private static RuleViolation merged(RuleViolation ex, Map<String, String> errors) {
		if (errors.isEmpty()) {
			return ex;
		}
		Map<String, String> all = new LinkedHashMap<>(ex.errors());
		errors.forEach(all::putIfAbsent);
		return new RuleViolation(all);
	}

}
