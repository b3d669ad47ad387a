package org.hamkori.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Person;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * Who came to a held meeting: members, and substitutes sent in a member's place, each for
 * an institution. Counts by institution and by sex (UN reporting asks for
 * sex-disaggregated participation) and the mechanism's quorum: its set number of
 * institutions present, or otherwise a majority of the institutions that hold a voting
 * seat (observers and the secretariat do not count).
 */
@Service
@Transactional
public class AttendanceRegister {

	private final Meetings meetings;

	private final MeetingPlanning planning;

	private final AttendanceRepository attendances;

	private final Directory directory;

	private final JdbcAggregateTemplate aggregates;

	private final ApplicationEventPublisher events;

	AttendanceRegister(Meetings meetings, MeetingPlanning planning, AttendanceRepository attendances,
			Directory directory, JdbcAggregateTemplate aggregates, ApplicationEventPublisher events) {
		this.meetings = meetings;
		this.planning = planning;
		this.attendances = attendances;
		this.directory = directory;
		this.aggregates = aggregates;
		this.events = events;
	}

	/** The counts shown with the register. */
	public record Summary(int total, Map<UUID, Integer> byInstitution, Map<String, Integer> bySex,
			int institutionsPresent, int quorumRequired, boolean quorumMet) {
	}

	@Transactional(readOnly = true)
	public List<Attendance> of(UUID meetingId) {
		return this.attendances.findByMeetingId(meetingId);
	}

	/** Records a member as present (once). */
	public Attendance recordMember(Viewer viewer, UUID meetingId, UUID personId) {
		Meeting meeting = open(viewer, meetingId);
		Membership seat = currentSeats(meeting.mechanismId()).stream()
			.filter((m) -> m.personId().equals(personId))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("personId", "attendance.error.notMember"));
		if (of(meetingId).stream().anyMatch((a) -> personId.equals(a.personId()))) {
			throw new RuleViolation("personId", "attendance.error.twice");
		}
		Person person = this.directory.person(personId).orElseThrow(NotFoundException::new);
		return insert(viewer, meeting, new Attendance(UUID.randomUUID(), meetingId, personId, person.fullName(),
				seat.organisationId(), person.sex(), null, viewer.actor()));
	}

	/** Records someone who came in a member's place, for that member's institution. */
	public Attendance recordSubstitute(Viewer viewer, UUID meetingId, String fullName, String sex, UUID substituteFor) {
		Meeting meeting = open(viewer, meetingId);
		String name = blankToNull(fullName);
		if (name == null || name.length() > 200) {
			throw new RuleViolation("fullName", "validation.required");
		}
		if (sex != null && !sex.isBlank() && !Set.of("F", "M", "X").contains(sex)) {
			throw new RuleViolation("sex", "validation.required");
		}
		Membership seat = currentSeats(meeting.mechanismId()).stream()
			.filter((m) -> m.personId().equals(substituteFor))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("substituteFor", "attendance.error.notMember"));
		return insert(viewer, meeting, new Attendance(UUID.randomUUID(), meetingId, null, name, seat.organisationId(),
				blankToNull(sex), substituteFor, viewer.actor()));
	}

	public void remove(Viewer viewer, UUID attendanceId) {
		Attendance attendance = this.attendances.findById(attendanceId).orElseThrow(NotFoundException::new);
		Meeting meeting = open(viewer, attendance.meetingId());
		this.attendances.delete(attendance);
		this.events.publishEvent(new RecordChanged(viewer.actor(), meeting.mechanismId(), "attendance", attendanceId,
				"removed", RecordChanged.diff("name", attendance.fullName(), null)));
	}

	@Transactional(readOnly = true)
	public Summary summary(Meeting meeting) {
		List<Attendance> present = of(meeting.id());
		Map<UUID, Integer> byInstitution = new LinkedHashMap<>();
		Map<String, Integer> bySex = new TreeMap<>();
		for (Attendance a : present) {
			if (a.organisationId() != null) {
				byInstitution.merge(a.organisationId(), 1, Integer::sum);
			}
			bySex.merge((a.sex() != null) ? a.sex() : "?", 1, Integer::sum);
		}
		Set<UUID> voting = votingInstitutions(meeting.mechanismId());
		int institutionsPresent = (int) byInstitution.keySet().stream().filter(voting::contains).count();
		Mechanism mechanism = this.directory.mechanism(meeting.mechanismId()).orElseThrow();
		int required = (mechanism.quorum() != null) ? mechanism.quorum() : voting.size() / 2 + 1;
		return new Summary(present.size(), byInstitution, bySex, institutionsPresent, required,
				institutionsPresent >= required);
	}

	/** The people who may be recorded: current seats of the mechanism. */
	@Transactional(readOnly = true)
	public List<Membership> currentSeats(UUID mechanismId) {
		var today = this.directory.today();
		return new ArrayList<>(this.directory.membershipsOfMechanism(mechanismId)
			.stream()
			.filter((m) -> m.isActiveOn(today))
			.toList());
	}

	private Set<UUID> votingInstitutions(UUID mechanismId) {
		Set<UUID> voting = new LinkedHashSet<>();
		for (Membership m : currentSeats(mechanismId)) {
			if (m.role() != MembershipRole.OBSERVER && m.role() != MembershipRole.SECRETARIAT) {
				voting.add(m.organisationId());
			}
		}
		return voting;
	}

	private Meeting open(Viewer viewer, UUID meetingId) {
		Meeting meeting = this.planning.managed(viewer, meetingId);
		if (!meeting.status().isHeld()) {
			throw new RuleViolation(null, "attendance.error.notHeld");
		}
		if (meeting.status() == MeetingStatus.MINUTES_ADOPTED) {
			throw new RuleViolation(null, "minutes.error.locked");
		}
		return meeting;
	}

	private Attendance insert(Viewer viewer, Meeting meeting, Attendance attendance) {
		Attendance saved = this.aggregates.insert(attendance);
		this.events
			.publishEvent(new RecordChanged(viewer.actor(), meeting.mechanismId(), "attendance", saved.id(), "recorded",
					RecordChanged.diff("name", null, saved.fullName(), "substituteFor", null, saved.substituteFor())));
		return saved;
	}

}
