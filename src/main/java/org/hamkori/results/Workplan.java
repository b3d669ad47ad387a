package org.hamkori.results;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.programmes.ProgrammePeriod;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's workplan: activities under its outputs. Read and edited with the same
 * rights as its results framework ({@link ResultsFramework}), checked, saved with
 * optimistic locking and audited in the programme's mechanism.
 */
@Service
@Transactional
public class Workplan {

	static final int REASON_MAX = 1000;

	private final ActivityRepository activities;

	private final ResultLevelRepository levels;

	private final ResultsFramework framework;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	Workplan(ActivityRepository activities, ResultLevelRepository levels, ResultsFramework framework,
			Directory directory, ApplicationEventPublisher events) {
		this.activities = activities;
		this.levels = levels;
		this.framework = framework;
		this.directory = directory;
		this.events = events;
	}

	/**
	 * The programme's activities the viewer may see, by start then code; only those of an
	 * area and of an output when they are given.
	 */
	@Transactional(readOnly = true)
	public List<Activity> activities(UUID programmeId, String area, UUID outputId, Viewer viewer) {
		this.framework.programme(programmeId, viewer);
		return this.activities.findByProgrammeIdOrderByStartDateAscCodeAsc(programmeId)
			.stream()
			.filter((a) -> area == null || a.area().equals(area))
			.filter((a) -> outputId == null || a.outputId().equals(outputId))
			.toList();
	}

	/**
	 * Where the given activities of a programme the viewer may see sit over its period,
	 * as of today by the application's clock.
	 */
	@Transactional(readOnly = true)
	public Timeline timeline(UUID programmeId, List<Activity> shown, Viewer viewer) {
		ProgrammePeriod period = this.framework.period(programmeId, viewer);
		return Timeline.of(period.start(), period.end(), shown, this.directory.today());
	}

	@Transactional(readOnly = true)
	public Activity activity(UUID id, Viewer viewer) {
		Activity activity = this.activities.findById(id).orElseThrow(NotFoundException::new);
		this.framework.programme(activity.programmeId(), viewer);
		return activity;
	}

	public Activity create(UUID programmeId, ActivityDetails details, Viewer by) {
		ProgrammeRef programme = this.framework.editable(programmeId, by);
		validate(programme, null, details);
		Activity created = this.activities.save(new Activity(UUID.randomUUID(), programmeId, details.outputId(),
				details.code(), details.title(), details.area(), details.responsibleId(), details.startDate(),
				details.endDate(), details.status(), details.statusReason(), details.budgetLine(),
				details.budgetAmount(), details.budgetCurrency(), null));
		audit(by, programme, created.id(), "created", Map.of("code", created.code()));
		return created;
	}

	public Activity update(UUID id, ActivityDetails details, Long version, Viewer by) {
		Activity before = this.activities.findById(id).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = this.framework.editable(before.programmeId(), by);
		validate(programme, before, details);
		Activity after = this.activities.save(new Activity(id, before.programmeId(), details.outputId(), details.code(),
				details.title(), details.area(), details.responsibleId(), details.startDate(), details.endDate(),
				details.status(), details.statusReason(), details.budgetLine(), details.budgetAmount(),
				details.budgetCurrency(), (version != null) ? version : before.version()));
		audit(by, programme, id, "updated",
				RecordChanged.diff("code", before.code(), after.code(), "area", before.area(), after.area(), "start",
						before.startDate(), after.startDate(), "end", before.endDate(), after.endDate(), "status",
						before.status(), after.status(), "reason", before.statusReason(), after.statusReason(),
						"budgetLine", before.budgetLine(), after.budgetLine(), "budget", budget(before),
						budget(after)));
		return after;
	}

	public void delete(UUID id, Viewer by) {
		Activity activity = this.activities.findById(id).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = this.framework.editable(activity.programmeId(), by);
		this.activities.delete(activity);
		audit(by, programme, id, "deleted", Map.of("code", activity.code()));
	}

	private void validate(ProgrammeRef programme, Activity before, ActivityDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (details.outputId() == null || this.levels.findById(details.outputId())
			.filter((l) -> l.programmeId().equals(programme.id()) && l.kind() == ResultKind.OUTPUT)
			.isEmpty()) {
			errors.put("outputId", "validation.workplan.output");
		}
		if (details.code() == null) {
			errors.put("code", "validation.results.code");
		}
		else if (details.code().length() > 20) {
			errors.put("code", "validation.results.code.long");
		}
		else if (this.activities.findByProgrammeIdOrderByStartDateAscCodeAsc(programme.id())
			.stream()
			.anyMatch((a) -> a.code().equalsIgnoreCase(details.code())
					&& (before == null || !a.id().equals(before.id())))) {
			errors.put("code", "validation.results.code.taken");
		}
		if (details.title() == null || details.title().isEmpty()) {
			errors.put("title", "validation.workplan.title");
		}
		else if (details.title().values().values().stream().anyMatch((t) -> t.length() > ResultsFramework.TITLE_MAX)) {
			errors.put("title", "validation.results.title.long");
		}
		if (details.area() == null || !this.framework.areas(programme).contains(details.area())) {
			errors.put("area", "validation.results.area");
		}
		if (details.responsibleId() == null || this.directory.organisation(details.responsibleId()).isEmpty()) {
			errors.put("responsibleId", "validation.workplan.responsible");
		}
		if (details.startDate() == null) {
			errors.put("startDate", "validation.workplan.start");
		}
		if (details.endDate() == null) {
			errors.put("endDate", "validation.workplan.end");
		}
		else if (details.startDate() != null && details.endDate().isBefore(details.startDate())) {
			errors.put("endDate", "validation.workplan.end.before");
		}
		if (details.status().needsReason() && details.statusReason() == null) {
			errors.put("statusReason", "validation.workplan.reason");
		}
		else if (details.statusReason() != null && details.statusReason().length() > REASON_MAX) {
			errors.put("statusReason", "validation.workplan.reason.long");
		}
		if (details.budgetLine() != null && details.budgetLine().length() > 100) {
			errors.put("budgetLine", "validation.workplan.budget.long");
		}
		budgetErrors(details, errors);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
	}

	/**
	 * A budget is an amount of at most 13 whole digits and 2 decimals, not negative, in a
	 * currency of ISO 4217 (the IATI Currency codelist); both or neither.
	 */
	private static void budgetErrors(ActivityDetails details, Map<String, String> errors) {
		BigDecimal amount = details.budgetAmount();
		String currency = details.budgetCurrency();
		if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 13)) {
			errors.put("budgetAmount", "validation.workplan.budget.amount");
		}
		if (amount != null && currency == null) {
			errors.put("budgetCurrency", "validation.workplan.budget.currency");
		}
		else if (currency != null && !isCurrency(currency)) {
			errors.put("budgetCurrency", "validation.workplan.budget.currency");
		}
		else if (currency != null && amount == null) {
			errors.put("budgetAmount", "validation.workplan.budget.amount");
		}
	}

	static boolean isCurrency(String code) {
		try {
			return code.length() == 3 && Currency.getInstance(code) != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String budget(Activity activity) {
		return (activity.budgetAmount() != null)
				? activity.budgetAmount().toPlainString() + " " + activity.budgetCurrency() : null;
	}

	private void audit(Viewer by, ProgrammeRef programme, UUID id, String action, Map<String, Object> changes) {
		this.events.publishEvent(
				new RecordChanged(by.actor(), programme.mechanismId(), "workplan_activity", id, action, changes));
	}

}
