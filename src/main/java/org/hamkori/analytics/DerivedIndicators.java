package org.hamkori.analytics;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Derived indicators: formulas over catalogue indicators, for every mechanism or for one.
 * The secretariat of a mechanism defines its own; the formula is checked when it is saved
 * (a Spring expression naming only catalogue indicators).
 */
@Service
@Transactional(readOnly = true)
public class DerivedIndicators {

	/**
	 * A derived indicator; {@code mechanismId} is null for one that applies everywhere.
	 */
	public record Derived(UUID id, String code, UUID mechanismId, LocalizedText name, Formula formula, String unit) {
	}

	private final JdbcClient jdbc;

	private final IndicatorCatalogue catalogue;

	private final Clock clock;

	DerivedIndicators(JdbcClient jdbc, IndicatorCatalogue catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** Those that apply to the mechanism: its own and the common ones, by code. */
	public List<Derived> of(UUID mechanismId) {
		return this.jdbc.sql("""
				select id, code, mechanism_id, name, formula, unit from derived_indicator
				where mechanism_id is null or mechanism_id = :mechanism order by code""")
			.param("mechanism", mechanismId)
			.query((rs, n) -> new Derived(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					LocalizedTextColumns.parse(rs.getString(4)), Formula.parse(rs.getString(5)), rs.getString(6)))
			.list();
	}

	public Optional<Derived> find(UUID mechanismId, String code) {
		return of(mechanismId).stream()
			.filter((d) -> d.code().equalsIgnoreCase(code))
			.min((a, b) -> (a.mechanismId() != null) ? -1 : (b.mechanismId() != null) ? 1 : 0);
	}

	/**
	 * Defines a derived indicator for a mechanism; its secretariat (or an admin) only.
	 */
	@Transactional
	public Derived define(UUID mechanismId, String code, LocalizedText name, String formulaText, String unit,
			Viewer viewer) {
		if (!viewer.canManage(mechanismId)) {
			throw new ForbiddenException();
		}
		String wanted = (code != null) ? code.strip().toUpperCase(Locale.ROOT) : "";
		if (!wanted.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new RuleViolation("derivedCode", "analytics.derived.invalid.code");
		}
		if (this.catalogue.indicator(wanted).isPresent() || find(mechanismId, wanted).isPresent()) {
			throw new RuleViolation("derivedCode", "analytics.derived.invalid.taken");
		}
		if (name == null || name.isEmpty()) {
			throw new RuleViolation("name", "analytics.derived.invalid.name");
		}
		if (unit == null || unit.isBlank() || unit.length() > 40) {
			throw new RuleViolation("unit", "analytics.derived.invalid.unit");
		}
		Formula formula;
		try {
			formula = Formula.parse(formulaText);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("formula", "analytics.derived.invalid.formula");
		}
		if (formula.variables().stream().anyMatch((v) -> this.catalogue.indicator(v).isEmpty())) {
			throw new RuleViolation("formula", "analytics.derived.invalid.variable");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into derived_indicator (id, code, mechanism_id, name, formula, unit, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, wanted, mechanismId, LocalizedTextColumns.write(name), formula.text(), unit.strip(),
					java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return new Derived(id, wanted, mechanismId, name, formula, unit.strip());
	}

}
