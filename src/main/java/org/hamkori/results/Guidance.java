package org.hamkori.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.programmes.Programmes;
import org.hamkori.results.ActivityGuidance.Kind;
import org.hamkori.results.ActivityGuidance.Purpose;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * Guidance from the mechanisms, traceable (issue 17): an activity names the decision that
 * guides it, and a postponement or cancellation the decision that caused it, each typed
 * as its code ({@code CCM-TJ/1/D2}) and resolved through the meetings module under the
 * editor's rights, so an unknown decision and one the editor may not see are refused
 * alike. The decision's page asks which activities it guides through
 * {@link #activitiesOf}, as far as the reader may see their programmes.
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

	Guidance(ActivityGuidanceRepository links, Workplan workplan, ActivityRepository activities,
			JdbcAggregateTemplate aggregates, MinutesBook minutes, Meetings meetings, Programmes programmes) {
		this.links = links;
		this.workplan = workplan;
		this.activities = activities;
		this.aggregates = aggregates;
		this.minutes = minutes;
		this.meetings = meetings;
		this.programmes = programmes;
	}

	/** A record a code names, as the viewer may see it. */
	record Resolved(Kind kind, UUID id, String code) {
	}

	/** An activity a record guides, with its programme, for the record's page. */
	public record Guided(Activity activity, ProgrammeRef programme, Purpose purpose) {
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
	 * The records a programme's activities name, by activity, only those the viewer may
	 * see (a hidden decision's code is not shown).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<ActivityGuidance>> ofProgramme(UUID programmeId, Viewer viewer) {
		return this.links.findByProgrammeId(programmeId)
			.stream()
			.filter((g) -> isVisible(viewer, g))
			.collect(Collectors.groupingBy(ActivityGuidance::activityId));
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
		if (resolve(viewer, code).isEmpty()) {
			return List.of();
		}
		return this.links.findByRecordCode(code.strip())
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
		if (status != null && status.needsReason()) {
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

	private Optional<Resolved> resolve(Viewer viewer, String code) {
		return this.minutes.findVisibleDecision(viewer, code)
			.flatMap((d) -> this.meetings.find(d.meetingId())
				.map((m) -> new Resolved(Kind.DECISION, d.id(), this.minutes.decisionNumber(m, d))));
	}

	private boolean isVisible(Viewer viewer, ActivityGuidance g) {
		return switch (g.recordKind()) {
			case DECISION -> this.minutes.decision(g.recordId())
				.flatMap((d) -> this.meetings.findVisible(viewer, d.meetingId()))
				.isPresent();
			case RECOMMENDATION, ISSUE -> false;
		};
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
