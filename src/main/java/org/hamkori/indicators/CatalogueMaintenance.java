package org.hamkori.indicators;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.Texts;
import org.hamkori.shared.web.ConflictException;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the catalogue: the platform admin and the regional secretariat create and edit
 * indicators and add or rename the extra codes of a code list; anyone else is refused.
 * Every change is written to the catalogue's history (who, when, each field before and
 * after) and to the audit trail in the same transaction.
 */
@NamedInterface("catalogue")
@Service
@Transactional
public class CatalogueMaintenance {

	/** One change: when, by whom, what happened and each field before and after. */
	public record Change(OffsetDateTime at, String actor, String action, @Nullable String indicator,
			@Nullable String dimension, @Nullable String code, @Nullable Map<String, Object> changes) {
	}

	private final IndicatorCatalogue catalogue;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogueMaintenance(IndicatorCatalogue catalogue, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The platform admin and the regional secretariat keep the catalogue. */
	public boolean canMaintain(Viewer viewer) {
		return viewer.admin() || viewer.isRegionalSecretariat();
	}

	public IndicatorCatalogue.Indicator create(IndicatorDraft draft, Viewer viewer) {
		check(viewer);
		Set<String> dimensions = dimensionCodes();
		List<RuleViolation.Problem> problems = new ArrayList<>(CatalogueRules.check(draft, null, dimensions));
		if (problems.isEmpty() && this.catalogue.indicator(draft.code()).isPresent()) {
			problems.add(new RuleViolation.Problem("code", "catalogue.code-taken", draft.code()));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		this.jdbc.sql("""
				insert into indicator (code, name, definition, unit, unit_multiplier, kind, periodicity, aggregation,
				                       source, reference, proxy_note, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(draft.code(), LocalizedTextColumns.write(draft.name()),
					LocalizedTextColumns.write(draft.definition()), draft.unit().strip(), draft.unitMultiplier(),
					draft.kind(), draft.periodicity(), draft.aggregation(), draft.source().strip(),
					Texts.blankToNull(draft.reference()), Texts.blankToNull(draft.proxyNote()))
			.update();
		writeDimensions(draft.code(), draft.dimensions());
		IndicatorCatalogue.Indicator created = this.catalogue.indicator(draft.code()).orElseThrow();
		record(viewer, "created", created.code(), null, null, fields(null, created));
		return created;
	}

	/**
	 * Replaces an indicator's metadata; {@code version} is the one read before, and a
	 * newer one raises the conflict exception. Dimensions may be added, never removed:
	 * figures may already be broken down by them.
	 */
	public IndicatorCatalogue.Indicator update(String code, IndicatorDraft draft, long version, Viewer viewer) {
		check(viewer);
		IndicatorCatalogue.Indicator before = this.catalogue.indicator(code).orElseThrow(NotFoundException::new);
		List<RuleViolation.Problem> problems = CatalogueRules.check(draft, before, dimensionCodes());
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		int updated = this.jdbc.sql("""
				update indicator set name = ?, definition = ?, unit = ?, unit_multiplier = ?, kind = ?, periodicity = ?,
				       aggregation = ?, source = ?, reference = ?, proxy_note = ?, version = version + 1
				where code = ? and version = ?""")
			.params(LocalizedTextColumns.write(draft.name()), LocalizedTextColumns.write(draft.definition()),
					draft.unit().strip(), draft.unitMultiplier(), draft.kind(), draft.periodicity(),
					draft.aggregation(), draft.source().strip(), Texts.blankToNull(draft.reference()),
					Texts.blankToNull(draft.proxyNote()), before.code(), version)
			.update();
		if (updated == 0) {
			throw new ConflictException();
		}
		writeDimensions(before.code(), draft.dimensions());
		IndicatorCatalogue.Indicator after = this.catalogue.indicator(before.code()).orElseThrow();
		Map<String, Object> changes = fields(before, after);
		if (!changes.isEmpty()) {
			record(viewer, "updated", after.code(), null, null, changes);
		}
		return after;
	}

	/**
	 * Adds a code to a dimension's list. For COUNTERPART_AREA an ISO 3166-1 code is
	 * accepted too: it is then offered first on entry forms, with these names in place of
	 * CLDR's.
	 */
	public IndicatorCatalogue.Code addCode(String dimension, String code, LocalizedText name, Viewer viewer) {
		check(viewer);
		IndicatorCatalogue.Dimension list = storedList(dimension);
		String wanted = (code != null) ? code.strip() : "";
		List<RuleViolation.Problem> problems = new ArrayList<>();
		if (!CatalogueRules.EXTRA_CODE.matcher(wanted).matches()) {
			problems.add(new RuleViolation.Problem("code", "catalogue.extra-code-invalid"));
		}
		else if (list.code(wanted).filter(IndicatorCatalogue.Code::featured).isPresent()) {
			problems.add(new RuleViolation.Problem("code", "catalogue.extra-code-taken", list.code(), wanted));
		}
		problems.addAll(CatalogueRules.checkName(name));
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		Integer last = this.jdbc
			.sql("select max(sort_order) from dimension_code where dimension = ? and sort_order < 90")
			.param(list.code())
			.query(Integer.class)
			.optional()
			.orElse(0);
		this.jdbc.sql("insert into dimension_code (dimension, code, name, sort_order, version) values (?, ?, ?, ?, 0)")
			.params(list.code(), wanted, LocalizedTextColumns.write(name), ((last != null) ? last : 0) + 1)
			.update();
		record(viewer, "code-added", null, list.code(), wanted, Map.of("name", name.values()));
		return new IndicatorCatalogue.Code(wanted, name, true);
	}

	/** Renames a stored code; {@code version} as read, else the conflict exception. */
	public void renameCode(String dimension, String code, LocalizedText name, long version, Viewer viewer) {
		check(viewer);
		IndicatorCatalogue.Dimension list = storedList(dimension);
		LocalizedText before = this.jdbc.sql("select name from dimension_code where dimension = ? and code = ?")
			.params(list.code(), code)
			.query((rs, n) -> LocalizedTextColumns.parse(rs.getString(1)))
			.optional()
			.orElseThrow(NotFoundException::new);
		List<RuleViolation.Problem> problems = CatalogueRules.checkName(name);
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		int updated = this.jdbc.sql(
				"update dimension_code set name = ?, version = version + 1 where dimension = ? and code = ? and version = ?")
			.params(LocalizedTextColumns.write(name), list.code(), code, version)
			.update();
		if (updated == 0) {
			throw new ConflictException();
		}
		record(viewer, "code-renamed", null, list.code(), code,
				RecordChanged.diff("name", before.values(), name.values()));
	}

	/** The stored version of a code, for editing it. */
	public long codeVersion(String dimension, String code) {
		return this.jdbc.sql("select version from dimension_code where dimension = ? and code = ?")
			.params(dimension, code)
			.query(Long.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	/** An indicator's history, newest first. */
	@Transactional(readOnly = true)
	public List<Change> history(String indicator) {
		return changes("indicator = ?", indicator);
	}

	/** The history of a code list's extra codes, newest first. */
	@Transactional(readOnly = true)
	public List<Change> codeHistory(String dimension) {
		return changes("dimension = ?", dimension);
	}

	private List<Change> changes(String where, String key) {
		return this.jdbc.sql("""
				select changed_at, actor, action, indicator, dimension, code, changes from catalogue_change
				where %s order by changed_at desc, id""".formatted(where))
			.param(key)
			.query((rs, n) -> new Change(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), CatalogueChanges.parse(rs.getString(7))))
			.list();
	}

	private void check(Viewer viewer) {
		if (!canMaintain(viewer)) {
			throw new ForbiddenException();
		}
	}

	private IndicatorCatalogue.Dimension storedList(String dimension) {
		return this.catalogue.dimensions()
			.stream()
			.filter((d) -> d.code().equalsIgnoreCase(dimension))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private Set<String> dimensionCodes() {
		return this.catalogue.dimensions().stream().map(IndicatorCatalogue.Dimension::code).collect(Collectors.toSet());
	}

	private void writeDimensions(String indicator, List<String> dimensions) {
		this.jdbc.sql("delete from indicator_dimension where indicator = ?").param(indicator).update();
		int order = 0;
		for (String d : dimensions) {
			this.jdbc.sql("insert into indicator_dimension (indicator, dimension, sort_order) values (?, ?, ?)")
				.params(indicator, d, ++order)
				.update();
		}
	}

	private void record(Viewer viewer, String action, String indicator, String dimension, String code,
			Map<String, Object> changes) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into catalogue_change (id, indicator, dimension, code, action, actor, changed_at, changes)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, indicator, dimension, code, action, viewer.actor(), OffsetDateTime.now(this.clock),
					CatalogueChanges.write(changes))
			.update();
		String subject = (indicator != null) ? "indicator:" + indicator : "code:" + dimension + "=" + code;
		this.events.publishEvent(new RecordChanged(viewer.actor(), null,
				(indicator != null) ? "indicator" : "dimension-code",
				UUID.nameUUIDFromBytes(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8)), action, changes));
	}

	/** The fields of an indicator that differ, as {@code [before, after]}. */
	private static Map<String, Object> fields(IndicatorCatalogue.Indicator before, IndicatorCatalogue.Indicator after) {
		Map<String, Object> changes = new LinkedHashMap<>(
				RecordChanged.diff("name", (before != null) ? before.name().values() : null, after.name().values(),
						"definition", (before != null) ? before.definition().values() : null,
						after.definition().values(), "unit", (before != null) ? before.unit() : null, after.unit(),
						"unitMultiplier", (before != null) ? before.unitMultiplier() : null, after.unitMultiplier(),
						"kind", (before != null) ? before.kind() : null, after.kind(), "periodicity",
						(before != null) ? before.periodicity() : null, after.periodicity(), "aggregation",
						(before != null) ? before.aggregation() : null, after.aggregation(), "source",
						(before != null) ? before.source() : null, after.source(), "reference",
						(before != null) ? before.reference() : null, after.reference(), "proxyNote",
						(before != null) ? before.proxyNote() : null, after.proxyNote(), "dimensions",
						(before != null) ? before.dimensions() : null, after.dimensions()));
		return changes;
	}

}
