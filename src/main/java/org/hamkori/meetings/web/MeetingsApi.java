package org.hamkori.meetings.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hamkori.shared.web.ApiProblems;
import org.hamkori.directory.Mechanism;
import org.hamkori.meetings.AgendaItem;
import org.hamkori.meetings.AgendaItemForm;
import org.hamkori.meetings.AgendaKind;
import org.hamkori.meetings.AgendaStatus;
import org.hamkori.meetings.Attendance;
import org.hamkori.meetings.AttendanceRegister;
import org.hamkori.meetings.Decision;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingCalendar;
import org.hamkori.meetings.MeetingForm;
import org.hamkori.meetings.MeetingAgenda;
import org.hamkori.meetings.MeetingPlanning;
import org.hamkori.meetings.MeetingStatus;
import org.hamkori.meetings.MeetingType;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings for machine clients, with the same rights as the pages: members of a mechanism
 * read its meetings, agenda, attendance and decisions; its secretariat plans meetings and
 * records what happened; members propose agenda items. Another mechanism's meeting
 * answers 404.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Meetings of a mechanism: agenda, invitation, attendance and decisions")
class MeetingsApi {

	private final Meetings meetings;

	private final MeetingPlanning planning;

	private final MeetingAgenda agenda;

	private final AttendanceRegister register;

	private final MinutesBook book;

	private final MeetingCalendar calendar;

	private final MessageSource messages;

	MeetingsApi(Meetings meetings, MeetingPlanning planning, MeetingAgenda agenda, AttendanceRegister register,
			MinutesBook book, MeetingCalendar calendar, MessageSource messages) {
		this.meetings = meetings;
		this.planning = planning;
		this.agenda = agenda;
		this.register = register;
		this.book = book;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** A meeting as clients see it: times with the venue's offset, and its zone. */
	record MeetingView(UUID id, String code, String mechanism, MeetingType type, int number, Map<String, String> title,
			OffsetDateTime start, OffsetDateTime end, String timeZone, @Nullable String venue,
			@Nullable String onlineLink, List<String> languages, MeetingStatus status, Integer version) {
	}

	record AgendaItemView(UUID id, int order, Map<String, String> title, AgendaKind kind, AgendaStatus status,
			boolean followUp, @Nullable UUID presenterOrganisationId, @Nullable UUID presenterPersonId,
			@Nullable Integer durationMinutes) {
	}

	record DecisionView(UUID id, String number, @Nullable UUID agendaItemId, Map<String, String> text) {
	}

	record MeetingDetail(MeetingView meeting, List<AgendaItemView> agenda, List<DecisionView> decisions) {
	}

	record AttendanceView(UUID id, @Nullable UUID personId, String fullName, @Nullable UUID organisationId,
			@Nullable String sex, @Nullable UUID substituteFor) {
	}

	record AttendanceReport(List<AttendanceView> present, Map<UUID, Integer> byInstitution, Map<String, Integer> bySex,
			int institutionsPresent, int quorumRequired, boolean quorumMet) {
	}

	/** A new agenda item: its title per language, kind, presenter and duration. */
	record AgendaItemRequest(Map<String, String> title, @Nullable AgendaKind kind,
			@Nullable UUID presenterOrganisationId, @Nullable UUID presenterPersonId,
			@Nullable Integer durationMinutes) {
	}

	record AttendanceRequest(UUID personId) {
	}

	record DecisionRequest(@Nullable UUID agendaItemId, Map<String, String> text) {
	}

	@GetMapping
	@Operation(summary = "Meetings of a mechanism the caller is a member of, latest first")
	List<MeetingView> list(@Parameter(description = "Mechanism code, e.g. CCM-TJ") @RequestParam String mechanism,
			Viewer viewer) {
		Mechanism m = this.meetings.mechanism(viewer, mechanism);
		return this.meetings.ofMechanism(m.id(), viewer).stream().map((meeting) -> view(meeting, m.code())).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One meeting with its agenda and decisions")
	MeetingDetail show(@PathVariable UUID id, Viewer viewer) {
		Meeting meeting = this.meetings.visible(viewer, id);
		String code = this.meetings.code(meeting);
		List<AgendaItem> items = this.meetings.agenda(id);
		return new MeetingDetail(view(meeting, code.substring(0, code.indexOf('/'))),
				items.stream()
					.filter((i) -> i.status() == AgendaStatus.ACCEPTED || viewer.canManage(meeting.mechanismId()))
					.map(MeetingsApi::item)
					.toList(),
				decisions(meeting));
	}

	@GetMapping(value = "/{id}/invitation.ics", produces = "text/calendar")
	@Operation(summary = "The meeting as an iCalendar invitation (METHOD:REQUEST, or CANCEL once cancelled)")
	ResponseEntity<String> invitation(@PathVariable UUID id, Viewer viewer, Locale locale) {
		Meeting meeting = this.meetings.visible(viewer, id);
		if (meeting.status() == MeetingStatus.DRAFT) {
			throw new NotFoundException();
		}
		return InvitationController.calendarFile(this.calendar.download(meeting, locale),
				"meeting-" + this.meetings.code(meeting).replace('/', '-') + ".ics");
	}

	@GetMapping("/{id}/attendance")
	@Operation(summary = "Who came, counts by institution and by sex, and the quorum")
	AttendanceReport attendance(@PathVariable UUID id, Viewer viewer) {
		Meeting meeting = this.meetings.visible(viewer, id);
		AttendanceRegister.Summary summary = this.register.summary(meeting);
		return new AttendanceReport(
				this.register.of(id)
					.stream()
					.map((a) -> new AttendanceView(a.id(), a.personId(), a.fullName(), a.organisationId(), a.sex(),
							a.substituteFor()))
					.toList(),
				summary.byInstitution(), summary.bySex(), summary.institutionsPresent(), summary.quorumRequired(),
				summary.quorumMet());
	}

	@GetMapping("/{id}/decisions")
	@Operation(summary = "Decisions of a meeting with their stable numbers")
	List<DecisionView> decisions(@PathVariable UUID id, Viewer viewer) {
		return decisions(this.meetings.visible(viewer, id));
	}

	@PostMapping
	@Operation(summary = "Plan a meeting (secretariat); it starts as a draft")
	ResponseEntity<MeetingView> create(@RequestParam String mechanism, @Valid @RequestBody MeetingForm body,
			Viewer viewer) {
		Mechanism m = this.meetings.mechanism(viewer, mechanism);
		Meeting meeting = this.planning.create(viewer, m.code(), body);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(view(meeting, m.code()));
	}

	@PostMapping("/{id}/agenda")
	@Operation(summary = "Add an agenda item (secretariat) or propose one (members)")
	ResponseEntity<AgendaItemView> addItem(@PathVariable UUID id, @RequestBody AgendaItemRequest body, Viewer viewer) {
		Map<String, String> t = (body.title() != null) ? body.title() : Map.of();
		AgendaItemForm form = new AgendaItemForm(t.get("en"), t.get("ru"), t.get("tg"), t.get("uz"), t.get("kk"),
				t.get("ky"), (body.kind() != null) ? body.kind() : AgendaKind.DISCUSSION,
				body.presenterOrganisationId(), body.presenterPersonId(), body.durationMinutes(), null);
		if (!form.isTitled()) {
			throw new RuleViolation("title", "validation.agenda.title");
		}
		AgendaItem item = this.agenda.addItem(viewer, id, form);
		return ResponseEntity.status(HttpStatus.CREATED).body(item(item));
	}

	@PostMapping("/{id}/attendance")
	@Operation(summary = "Record a member as present at a held meeting (secretariat)")
	ResponseEntity<AttendanceView> recordAttendance(@PathVariable UUID id, @RequestBody AttendanceRequest body,
			Viewer viewer) {
		if (body.personId() == null) {
			throw new RuleViolation("personId", "validation.required");
		}
		Attendance a = this.register.recordMember(viewer, id, body.personId());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new AttendanceView(a.id(), a.personId(), a.fullName(), a.organisationId(), a.sex(),
					a.substituteFor()));
	}

	@PostMapping("/{id}/decisions")
	@Operation(summary = "Record a decision of a held meeting (secretariat); numbers are never reused")
	ResponseEntity<DecisionView> addDecision(@PathVariable UUID id, @RequestBody DecisionRequest body, Viewer viewer) {
		Meeting meeting = this.meetings.visible(viewer, id);
		Decision decision = this.book.addDecision(viewer, id, body.agendaItemId(),
				LocalizedText.of((body.text() != null) ? body.text() : Map.of()));
		return ResponseEntity.status(HttpStatus.CREATED).body(decision(meeting, decision));
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ProblemDetail> refused(RuleViolation ex, Locale locale) {
		return ApiProblems.answer(ApiProblems.refused(HttpStatus.BAD_REQUEST, ex, this.messages, locale));
	}

	@ExceptionHandler({ MethodArgumentNotValidException.class, BindException.class })
	ResponseEntity<ProblemDetail> invalid(BindException ex, Locale locale) {
		List<ApiProblems.Item> problems = ex.getFieldErrors()
			.stream()
			.map((e) -> ApiProblems.field(e.getField(), "validation." + e.getCode(),
					this.messages.getMessage(e, locale)))
			.toList();
		String detail = problems.stream()
			.map((p) -> p.field() + ": " + p.message())
			.reduce((a, b) -> a + "; " + b)
			.orElseGet(() -> this.messages.getMessage("error.400", null, locale));
		return ApiProblems.answer(ApiProblems.problem(HttpStatus.BAD_REQUEST,
				problems.isEmpty() ? "error.400" : problems.get(0).code(), detail, problems));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					this.messages.getMessage("error.409", null, locale)));
	}

	private List<DecisionView> decisions(Meeting meeting) {
		return this.book.decisions(meeting.id()).stream().map((d) -> decision(meeting, d)).toList();
	}

	private DecisionView decision(Meeting meeting, Decision d) {
		return new DecisionView(d.id(), this.book.decisionNumber(meeting, d), d.agendaItemId(), d.text().values());
	}

	private static AgendaItemView item(AgendaItem i) {
		return new AgendaItemView(i.id(), i.sortOrder(), i.title().values(), i.kind(), i.status(), i.isFollowUp(),
				i.presenterOrganisationId(), i.presenterPersonId(), i.durationMinutes());
	}

	private static MeetingView view(Meeting m, String mechanismCode) {
		return new MeetingView(m.id(), m.code(mechanismCode), mechanismCode, m.meetingType(), m.number(),
				m.title().values(), m.start().toOffsetDateTime(), m.end().toOffsetDateTime(), m.timeZone(), m.venue(),
				m.onlineLink(), m.languageList(), m.status(), m.version());
	}

}
