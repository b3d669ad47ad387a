package org.hamkori.results;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.text.Decimals;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An indicator of a result level: code, name, unit, how it is disaggregated, its baseline
 * (an exact value and its year, or none), its targets per year and area and its actuals
 * per period and area. {@code catalogueCode} names the catalogue indicator whose approved
 * figures give its actuals (null when they are entered).
 */
@Table("result_indicator")
public record ResultIndicator(@Id UUID id, UUID programmeId, UUID levelId, String code, LocalizedText name, String unit,
		String disaggregation, BigDecimal baselineValue, Integer baselineYear, String catalogueCode,
		@MappedCollection(idColumn = "result_indicator_id") Set<Target> targets,
		@MappedCollection(idColumn = "result_indicator_id") Set<Actual> actuals, @Version Long version) {

	/** What is aimed at in a year for an area (a row of {@code result_target}). */
	@Table("result_target")
	public record Target(@Column("target_year") int year, String area, @Column("target_value") BigDecimal value) {

		public Target {
			value = Decimals.exact(value);
		}

	}

	/**
	 * What was achieved in a period for an area, where the figure comes from and a note
	 * (a row of {@code result_actual}).
	 */
	@Table("result_actual")
	public record Actual(String period, String area, @Column("actual_value") BigDecimal value, String source,
			String note) {

		public Actual {
			value = Decimals.exact(value);
		}

		public ResultPeriod resultPeriod() {
			return ResultPeriod.parse(this.period).orElseThrow();
		}

	}

	public ResultIndicator {
		baselineValue = Decimals.exact(baselineValue);
		targets = (targets != null) ? Set.copyOf(targets) : Set.of();
		actuals = (actuals != null) ? Set.copyOf(actuals) : Set.of();
	}

	public Optional<BigDecimal> target(int year, String area) {
		return this.targets.stream()
			.filter((t) -> t.year() == year && t.area().equals(area))
			.map(Target::value)
			.findFirst();
	}

	/** The year's actual for the area: the whole year's, else the latest half's. */
	public Optional<Actual> actual(int year, String area) {
		return this.actuals.stream()
			.filter((a) -> a.area().equals(area) && a.resultPeriod().year() == year)
			.max(Comparator.comparing(Actual::resultPeriod));
	}

	/** Targets by year then area. */
	public List<Target> sortedTargets() {
		return this.targets.stream().sorted(Comparator.comparingInt(Target::year).thenComparing(Target::area)).toList();
	}

	/** Actuals by period then area. */
	public List<Actual> sortedActuals() {
		return this.actuals.stream()
			.sorted(Comparator.comparing(Actual::resultPeriod).thenComparing(Actual::area))
			.toList();
	}

	public boolean linked() {
		return this.catalogueCode != null;
	}

}
