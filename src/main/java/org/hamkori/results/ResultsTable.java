package org.hamkori.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results table of a programme for a year: each level of the chain in order, each of
 * its indicators with one row per area (the programme's countries, then the region), the
 * baseline, the year's target and actual, the traffic light and the trend against the
 * previous year. A linked indicator's actual for a country is Hamkori's approved figure
 * when the reader may see one, else the entered one; the region's is always entered
 * (decision 0035).
 */
@Service
@Transactional(readOnly = true)
public class ResultsTable {

	/** The table: the year and the levels in tree order. */
	public record Table(ProgrammeRef programme, int year, List<String> areas, List<LevelBlock> levels) {

		public boolean isEmpty() {
			return this.levels.isEmpty();
		}

	}

	/** A level with its depth in the chain (0 at the top) and its indicators. */
	public record LevelBlock(ResultLevel level, int depth, List<IndicatorBlock> indicators) {
	}

	public record IndicatorBlock(ResultIndicator indicator, List<Row> rows) {
	}

	/**
	 * One indicator in one area for the year. {@code actualPeriod} is the period the
	 * actual is for (a half when the whole year is not known yet); {@code fromCatalogue}
	 * says it is Hamkori's own figure, {@code source} where it comes from.
	 */
	public record Row(String area, BigDecimal target, BigDecimal actual, String actualPeriod, LocalizedText source,
			boolean fromCatalogue, BigDecimal previous, TrafficLight light, Trend trend) {
	}

	private final ResultsFramework framework;

	private final CatalogueFigures figures;

	private final Directory directory;

	ResultsTable(ResultsFramework framework, CatalogueFigures figures, Directory directory) {
		this.framework = framework;
		this.figures = figures;
		this.directory = directory;
	}

	public Table of(UUID programmeId, int year, Viewer viewer) {
		ProgrammeRef programme = this.framework.programme(programmeId, viewer);
		List<ResultLevel> levels = this.framework.levels(programmeId, viewer);
		List<ResultIndicator> indicators = this.framework.indicators(programmeId, viewer);
		List<String> areas = this.framework.areas(programme);
		Map<String, Mechanism> countries = new LinkedHashMap<>();
		this.directory.mechanisms()
			.stream()
			.filter((m) -> !m.regional() && m.countryCode() != null)
			.forEach((m) -> countries.put(m.countryCode(), m));
		List<LevelBlock> blocks = new ArrayList<>();
		for (ResultLevel level : treeOrder(levels)) {
			List<IndicatorBlock> ofLevel = indicators.stream()
				.filter((i) -> i.levelId().equals(level.id()))
				.map((i) -> new IndicatorBlock(i, rows(i, areas, countries, year, viewer)))
				.toList();
			blocks.add(new LevelBlock(level, depth(level, levels), ofLevel));
		}
		return new Table(programme, year, areas, blocks);
	}

	private List<Row> rows(ResultIndicator indicator, List<String> areas, Map<String, Mechanism> countries, int year,
			Viewer viewer) {
		List<Row> rows = new ArrayList<>();
		for (String area : areas) {
			Value current = actual(indicator, area, countries, year, viewer);
			Value previous = actual(indicator, area, countries, year - 1, viewer);
			BigDecimal target = indicator.target(year, area).orElse(null);
			BigDecimal baseline = indicator.baselineValue();
			boolean reduction = baseline != null && target != null && target.compareTo(baseline) < 0;
			BigDecimal now = (current != null) ? current.value() : null;
			BigDecimal before = (previous != null) ? previous.value() : null;
			rows.add(new Row(area, target, now, (current != null) ? current.period() : null,
					(current != null) ? current.source() : null, current != null && current.fromCatalogue(), before,
					TrafficLight.of(baseline, target, now), Trend.of(before, now, reduction)));
		}
		return rows;
	}

	private record Value(BigDecimal value, String period, LocalizedText source, boolean fromCatalogue) {
	}

	private Value actual(ResultIndicator indicator, String area, Map<String, Mechanism> countries, int year,
			Viewer viewer) {
		Mechanism country = countries.get(area);
		if (indicator.linked() && country != null) {
			Optional<CatalogueFigures.Figure> figure = this.figures.annual(indicator.catalogueCode(), country, year,
					viewer);
			if (figure.isPresent()) {
				return new Value(figure.get().value(), figure.get().period(), figure.get().source(), true);
			}
		}
		return indicator.actual(year, area)
			.map((a) -> new Value(a.value(), a.period(), LocalizedText.of("en", a.source()), false))
			.orElse(null);
	}

	/** Parents before their children, siblings by code. */
	static List<ResultLevel> treeOrder(List<ResultLevel> levels) {
		List<ResultLevel> ordered = new ArrayList<>();
		addChildren(null, levels, ordered, 0);
		// levels whose parent is missing (never, with the rules) still show, at the end
		levels.stream().filter((l) -> !ordered.contains(l)).forEach(ordered::add);
		return ordered;
	}

	private static void addChildren(UUID parent, List<ResultLevel> levels, List<ResultLevel> ordered, int depth) {
		if (depth > 3) {
			return;
		}
		levels.stream()
			.filter((l) -> java.util.Objects.equals(l.parentId(), parent))
			.sorted(java.util.Comparator.comparing(ResultLevel::code))
			.forEach((l) -> {
				ordered.add(l);
				addChildren(l.id(), levels, ordered, depth + 1);
			});
	}

	private static int depth(ResultLevel level, List<ResultLevel> levels) {
		int depth = 0;
		UUID parent = level.parentId();
		while (parent != null && depth < 3) {
			UUID p = parent;
			ResultLevel above = levels.stream().filter((l) -> l.id().equals(p)).findFirst().orElse(null);
			parent = (above != null) ? above.parentId() : null;
			depth++;
		}
		return depth;
	}

}
