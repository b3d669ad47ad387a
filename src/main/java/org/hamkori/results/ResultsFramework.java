package org.hamkori.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.analytics.Analytics;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.programmes.ProgrammePeriod;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.programmes.Programmes;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's results framework: its levels, indicators, targets and actuals. Whoever
 * may see the programme reads it; whoever may edit the programme (its mechanism's
 * secretariat, or an admin) edits it: others who see the programme get 403, everyone else
 * 404. Every change is checked, saved with optimistic locking and audited in the
 * programme's mechanism.
 */
@Service
@Transactional
public class ResultsFramework {

	static final int TITLE_MAX = 500;

	private final ResultLevelRepository levels;

	private final ResultIndicatorRepository indicators;

	private final Programmes programmes;

	private final Directory directory;

	private final Analytics analytics;

	private final ApplicationEventPublisher events;

	private final ActivityRepository activities;

	private final org.springframework.context.MessageSource messages;

	ResultsFramework(ResultLevelRepository levels, ResultIndicatorRepository indicators, Programmes programmes,
			Directory directory, Analytics analytics, ApplicationEventPublisher events, ActivityRepository activities,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.activities = activities;
		this.levels = levels;
		this.indicators = indicators;
		this.programmes = programmes;
		this.directory = directory;
		this.analytics = analytics;
		this.events = events;
	}

	/** The programme if the viewer may see it; 404 otherwise. */
	@Transactional(readOnly = true)
	public ProgrammeRef programme(UUID programmeId, Viewer viewer) {
		return this.programmes.visible(programmeId, viewer).orElseThrow(NotFoundException::new);
	}

	/** Whether the viewer may see the programme; never throws, for listeners. */
	@Transactional(readOnly = true)
	public boolean canSee(UUID programmeId, Viewer viewer) {
		return this.programmes.visible(programmeId, viewer).isPresent();
	}

	/** The programme's period if the viewer may see it; 404 otherwise. */
	@Transactional(readOnly = true)
	public ProgrammePeriod period(UUID programmeId, Viewer viewer) {
		return this.programmes.period(programmeId, viewer).orElseThrow(NotFoundException::new);
	}

	/** The programme if the viewer may edit it: 404 when unseen, 403 when only seen. */
	@Transactional(readOnly = true)
	public ProgrammeRef editable(UUID programmeId, Viewer viewer) {
		ProgrammeRef programme = programme(programmeId, viewer);
		if (!viewer.canManage(programme.mechanismId())) {
			throw new ForbiddenException();
		}
		return programme;
	}

	public boolean canEdit(ProgrammeRef programme, Viewer viewer) {
		return viewer.canManage(programme.mechanismId());
	}

	/** The levels of a programme the viewer may see, by code. */
	@Transactional(readOnly = true)
	public List<ResultLevel> levels(UUID programmeId, Viewer viewer) {
		programme(programmeId, viewer);
		return this.levels.findByProgrammeIdOrderByCode(programmeId);
	}

	/** The indicators of a programme the viewer may see, by code. */
	@Transactional(readOnly = true)
	public List<ResultIndicator> indicators(UUID programmeId, Viewer viewer) {
		programme(programmeId, viewer);
		return this.indicators.findByProgrammeIdOrderByCode(programmeId);
	}

	@Transactional(readOnly = true)
	public ResultLevel level(UUID levelId, Viewer viewer) {
		ResultLevel level = this.levels.findById(levelId).orElseThrow(NotFoundException::new);
		programme(level.programmeId(), viewer);
		return level;
	}

	@Transactional(readOnly = true)
	public ResultIndicator indicator(UUID indicatorId, Viewer viewer) {
		ResultIndicator indicator = this.indicators.findById(indicatorId).orElseThrow(NotFoundException::new);
		programme(indicator.programmeId(), viewer);
		return indicator;
	}

	/**
	 * The areas a programme's targets and actuals may concern: its country for a national
	 * programme; the four countries and the region for a regional one.
	 */
	@Transactional(readOnly = true)
	public List<String> areas(ProgrammeRef programme) {
		Mechanism mechanism = this.directory.mechanism(programme.mechanismId()).orElseThrow(NotFoundException::new);
		if (!mechanism.regional()) {
			return (mechanism.countryCode() != null) ? List.of(mechanism.countryCode()) : List.of();
		}
		List<String> areas = new ArrayList<>();
		this.directory.mechanisms()
			.stream()
			.filter((m) -> !m.regional() && m.countryCode() != null)
			.forEach((m) -> areas.add(m.countryCode()));
		areas.add(Area.REGION);
		return areas;
	}

	/** The catalogue indicators an indicator of the programme may be linked to. */
	@Transactional(readOnly = true)
	public List<Analytics.Subject> catalogue(ProgrammeRef programme) {
		List<Analytics.Subject> subjects = new ArrayList<>(
				this.analytics.subjects(programme.mechanismId()).stream().filter((s) -> !s.isDerived()).toList());
		subjects.add(new Analytics.Subject(CatalogueFigures.SDG_10_7_2, sdgName(), "score", null));
		return List.copyOf(subjects);
	}

	/** The SDG 10.7.2 score's name in every language of the platform. */
	private LocalizedText sdgName() {
		Map<String, String> names = new LinkedHashMap<>();
		for (java.util.Locale locale : org.hamkori.shared.i18n.Languages.LOCALES) {
			names.put(locale.getLanguage(), this.messages.getMessage("results.catalogue.sdg1072", null, locale));
		}
		return LocalizedText.of(names);
	}

	public ResultLevel createLevel(UUID programmeId, LevelDetails details, Viewer by) {
		ProgrammeRef programme = editable(programmeId, by);
		validate(programmeId, null, details);
		ResultLevel created = this.levels.save(new ResultLevel(UUID.randomUUID(), programmeId, details.parentId(),
				details.kind(), details.code(), details.title(), null));
		audit(by, programme, "result_level", created.id(), "created", Map.of("code", created.code()));
		return created;
	}

	public ResultLevel updateLevel(UUID levelId, LevelDetails details, Long version, Viewer by) {
		ResultLevel before = this.levels.findById(levelId).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = editable(before.programmeId(), by);
		validate(before.programmeId(), before, details);
		if (details.kind() != before.kind()
				&& (this.levels.existsByParentId(levelId) || this.activities.existsByOutputId(levelId))) {
			throw new RuleViolation("kind", "validation.results.level.kindWithChildren");
		}
		ResultLevel after = this.levels.save(new ResultLevel(before.id(), before.programmeId(), details.parentId(),
				details.kind(), details.code(), details.title(), (version != null) ? version : before.version()));
		audit(by, programme, "result_level", levelId, "updated", RecordChanged.diff("code", before.code(), after.code(),
				"kind", before.kind(), after.kind(), "title", before.title().values(), after.title().values()));
		return after;
	}

	/**
	 * Removes a level that has neither levels under it nor indicators; otherwise refuses,
	 * so nothing is lost by one click.
	 */
	public void deleteLevel(UUID levelId, Viewer by) {
		ResultLevel level = this.levels.findById(levelId).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = editable(level.programmeId(), by);
		if (this.levels.existsByParentId(levelId) || this.indicators.existsByLevelId(levelId)
				|| this.activities.existsByOutputId(levelId)) {
			throw RuleViolation.of("validation.results.level.notEmpty");
		}
		this.levels.delete(level);
		audit(by, programme, "result_level", levelId, "deleted", Map.of("code", level.code()));
	}

	public ResultIndicator createIndicator(UUID programmeId, IndicatorDetails details, Viewer by) {
		ProgrammeRef programme = editable(programmeId, by);
		BigDecimal baseline = validate(programme, null, details);
		ResultIndicator created = this.indicators.save(new ResultIndicator(UUID.randomUUID(), programmeId,
				details.levelId(), details.code(), details.name(), details.unit(), details.disaggregation(), baseline,
				details.baselineYear(), details.catalogueCode(), Set.of(), Set.of(), null));
		audit(by, programme, "result_indicator", created.id(), "created", Map.of("code", created.code()));
		return created;
	}

	public ResultIndicator updateIndicator(UUID indicatorId, IndicatorDetails details, Long version, Viewer by) {
		ResultIndicator before = this.indicators.findById(indicatorId).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = editable(before.programmeId(), by);
		BigDecimal baseline = validate(programme, before, details);
		ResultIndicator after = this.indicators.save(new ResultIndicator(before.id(), before.programmeId(),
				details.levelId(), details.code(), details.name(), details.unit(), details.disaggregation(), baseline,
				details.baselineYear(), details.catalogueCode(), before.targets(), before.actuals(),
				(version != null) ? version : before.version()));
		audit(by, programme, "result_indicator", indicatorId, "updated",
				RecordChanged.diff("code", before.code(), after.code(), "unit", before.unit(), after.unit(), "baseline",
						before.baselineValue(), after.baselineValue(), "baselineYear", before.baselineYear(),
						after.baselineYear(), "catalogue", before.catalogueCode(), after.catalogueCode()));
		return after;
	}

	/** Removes an indicator with its targets and actuals. */
	public void deleteIndicator(UUID indicatorId, Viewer by) {
		ResultIndicator indicator = this.indicators.findById(indicatorId).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = editable(indicator.programmeId(), by);
		this.indicators.delete(indicator);
		audit(by, programme, "result_indicator", indicatorId, "deleted", Map.of("code", indicator.code()));
	}

	/** Sets (or replaces) the target of a year for an area. */
	public ResultIndicator setTarget(UUID indicatorId, Integer year, String area, String value, Viewer by) {
		ResultIndicator before = this.indicators.findById(indicatorId).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = editable(before.programmeId(), by);
		Map<String, String> errors = new LinkedHashMap<>();
		checkYear(year, "year", errors);
		checkArea(programme, area, errors);
		BigDecimal exact = (value != null && !value.isBlank()) ? ResultValues.parse(value, "value", errors) : null;
		if (value == null || value.isBlank()) {
			errors.put("value", "validation.results.value");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		Set<ResultIndicator.Target> targets = new HashSet<>(before.targets());
		targets.removeIf((t) -> t.year() == year && t.area().equals(area));
		targets.add(new ResultIndicator.Target(year, area, exact));
		ResultIndicator after = this.indicators.save(withRows(before, targets, before.actuals()));
		audit(by, programme, "result_indicator", indicatorId, "target set",
				RecordChanged.diff("target " + year + " " + area, before.target(year, area).orElse(null), exact));
		return after;
	}

	public ResultIndicator removeTarget(UUID indicatorId, int year, String area, Viewer by) {
		ResultIndicator before = this.indicators.findById(indicatorId).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = editable(before.programmeId(), by);
		Set<ResultIndicator.Target> targets = new HashSet<>(before.targets());
		if (!targets.removeIf((t) -> t.year() == year && t.area().equals(area))) {
			throw new NotFoundException();
		}
		ResultIndicator after = this.indicators.save(withRows(before, targets, before.actuals()));
		audit(by, programme, "result_indicator", indicatorId, "target removed",
				RecordChanged.diff("target " + year + " " + area, before.target(year, area).orElse(null), null));
		return after;
	}

	/** Sets (or replaces) the actual of a period for an area, with its source. */
	public ResultIndicator setActual(UUID indicatorId, String period, String area, String value, String source,
			String note, Viewer by) {
		ResultIndicator before = this.indicators.findById(indicatorId).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = editable(before.programmeId(), by);
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<ResultPeriod> parsed = ResultPeriod.parse(period);
		if (parsed.isEmpty()) {
			errors.put("period", "validation.results.period");
		}
		checkArea(programme, area, errors);
		BigDecimal exact = (value != null && !value.isBlank()) ? ResultValues.parse(value, "value", errors) : null;
		if (value == null || value.isBlank()) {
			errors.put("value", "validation.results.value");
		}
		String src = (source != null) ? source.strip() : "";
		if (src.isEmpty()) {
			errors.put("source", "validation.results.source");
		}
		else if (src.length() > 500) {
			errors.put("source", "validation.results.source.long");
		}
		String n = (note != null && !note.isBlank()) ? note.strip() : null;
		if (n != null && n.length() > 2000) {
			errors.put("note", "validation.results.note.long");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		String key = parsed.get().toString();
		Set<ResultIndicator.Actual> actuals = new HashSet<>(before.actuals());
		BigDecimal previous = actuals.stream()
			.filter((a) -> a.period().equals(key) && a.area().equals(area))
			.map(ResultIndicator.Actual::value)
			.findFirst()
			.orElse(null);
		actuals.removeIf((a) -> a.period().equals(key) && a.area().equals(area));
		actuals.add(new ResultIndicator.Actual(key, area, exact, src, n));
		ResultIndicator after = this.indicators.save(withRows(before, before.targets(), actuals));
		audit(by, programme, "result_indicator", indicatorId, "actual set",
				RecordChanged.diff("actual " + key + " " + area, previous, exact));
		return after;
	}

	public ResultIndicator removeActual(UUID indicatorId, String period, String area, Viewer by) {
		ResultIndicator before = this.indicators.findById(indicatorId).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = editable(before.programmeId(), by);
		Set<ResultIndicator.Actual> actuals = new HashSet<>(before.actuals());
		if (!actuals.removeIf((a) -> a.period().equals(period) && a.area().equals(area))) {
			throw new NotFoundException();
		}
		ResultIndicator after = this.indicators.save(withRows(before, before.targets(), actuals));
		audit(by, programme, "result_indicator", indicatorId, "actual removed", Map.of("actual", period + " " + area));
		return after;
	}

	private static ResultIndicator withRows(ResultIndicator i, Set<ResultIndicator.Target> targets,
			Set<ResultIndicator.Actual> actuals) {
		return new ResultIndicator(i.id(), i.programmeId(), i.levelId(), i.code(), i.name(), i.unit(),
				i.disaggregation(), i.baselineValue(), i.baselineYear(), i.catalogueCode(), targets, actuals,
				i.version());
	}

	private void validate(UUID programmeId, ResultLevel before, LevelDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (details.kind() == null) {
			errors.put("kind", "validation.results.level.kind");
		}
		code(details.code(), errors);
		title(details.title(), "title", "validation.results.level.title", errors);
		ResultLevel parent = null;
		if (details.parentId() != null) {
			parent = this.levels.findById(details.parentId())
				.filter((p) -> p.programmeId().equals(programmeId))
				.orElse(null);
			if (parent == null || (before != null && parent.id().equals(before.id()))) {
				errors.put("parentId", "validation.results.level.parent");
				parent = null;
			}
		}
		if (details.kind() != null && !errors.containsKey("parentId")
				&& !details.kind().mayBeUnder((parent != null) ? parent.kind() : null)) {
			errors.put("parentId", "validation.results.level.chain");
		}
		if (details.code() != null && this.levels.findByProgrammeIdOrderByCode(programmeId)
			.stream()
			.anyMatch((l) -> l.code().equalsIgnoreCase(details.code())
					&& (before == null || !l.id().equals(before.id())))) {
			errors.put("code", "validation.results.code.taken");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
	}

	private BigDecimal validate(ProgrammeRef programme, ResultIndicator before, IndicatorDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (details.levelId() == null || this.levels.findById(details.levelId())
			.filter((l) -> l.programmeId().equals(programme.id()))
			.isEmpty()) {
			errors.put("levelId", "validation.results.indicator.level");
		}
		code(details.code(), errors);
		title(details.name(), "name", "validation.results.indicator.name", errors);
		if (details.unit() == null) {
			errors.put("unit", "validation.results.indicator.unit");
		}
		else if (details.unit().length() > 100) {
			errors.put("unit", "validation.results.indicator.unit.long");
		}
		if (details.disaggregation() != null && details.disaggregation().length() > 500) {
			errors.put("disaggregation", "validation.results.indicator.disaggregation.long");
		}
		BigDecimal baseline = null;
		if (details.baselineValue() != null) {
			baseline = ResultValues.parse(details.baselineValue(), "baselineValue", errors);
			if (details.baselineYear() == null) {
				errors.put("baselineYear", "validation.results.baseline.year");
			}
		}
		else if (details.baselineYear() != null) {
			errors.put("baselineValue", "validation.results.baseline.value");
		}
		if (details.baselineYear() != null) {
			checkYear(details.baselineYear(), "baselineYear", errors);
		}
		if (details.catalogueCode() != null
				&& catalogue(programme).stream().noneMatch((s) -> s.code().equals(details.catalogueCode()))) {
			errors.put("catalogueCode", "validation.results.indicator.catalogue");
		}
		if (details.code() != null && this.indicators.findByProgrammeIdOrderByCode(programme.id())
			.stream()
			.anyMatch((i) -> i.code().equalsIgnoreCase(details.code())
					&& (before == null || !i.id().equals(before.id())))) {
			errors.put("code", "validation.results.code.taken");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		return baseline;
	}

	private static void code(String code, Map<String, String> errors) {
		if (code == null) {
			errors.put("code", "validation.results.code");
		}
		else if (code.length() > 20) {
			errors.put("code", "validation.results.code.long");
		}
	}

	private static void title(LocalizedText title, String field, String key, Map<String, String> errors) {
		if (title == null || title.isEmpty()) {
			errors.put(field, key);
		}
		else if (title.values().values().stream().anyMatch((t) -> t.length() > TITLE_MAX)) {
			errors.put(field, "validation.results.title.long");
		}
	}

	private static void checkYear(Integer year, String field, Map<String, String> errors) {
		if (year == null || year < 1990 || year > 2100) {
			errors.put(field, "validation.results.year");
		}
	}

	private void checkArea(ProgrammeRef programme, String area, Map<String, String> errors) {
		if (area == null || !areas(programme).contains(area)) {
			errors.put("area", "validation.results.area");
		}
	}

	private void audit(Viewer by, ProgrammeRef programme, String type, UUID id, String action,
			Map<String, Object> changes) {
		this.events.publishEvent(new RecordChanged(by.actor(), programme.mechanismId(), type, id, action, changes));
	}

}
