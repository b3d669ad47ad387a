package org.hamkori.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.text.Decimals;
import org.hamkori.shared.text.Texts;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * International reference series (decision 0026): data sets of kind REFERENCE that the
 * regional secretariat and admins keep for any country from a named published source. The
 * source already published the figures, so saving publishes them at once (no obligation,
 * no approval), each with its country; they are public unless the keeper says otherwise.
 * Analytics shows them beside, never summed with, national figures.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceSets {

	/** The most figures one save takes. */
	public static final int MAX_FIGURES = 200_000;

	private static final Set<String> ALPHA3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

	private final JdbcClient jdbc;

	private final DataSets dataSets;

	private final IndicatorCatalogue catalogue;

	private final Directory directory;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReferenceSets(JdbcClient jdbc, DataSets dataSets, IndicatorCatalogue catalogue, Directory directory, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.dataSets = dataSets;
		this.catalogue = catalogue;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Whether the viewer keeps reference series: the regional secretariat or an admin.
	 */
	public static boolean canKeep(Viewer viewer) {
		return viewer.admin() || viewer.isRegionalSecretariat();
	}

	/**
	 * A new reference set of the regional mechanism, with its source.
	 * @throws ForbiddenException for anyone but the regional secretariat and admins
	 */
	@Transactional
	public ReferenceSet create(String code, LocalizedText name, List<String> indicators, Periodicity periodicity,
			Visibility visibility, ReferenceSource source, Viewer viewer) {
		if (!canKeep(viewer)) {
			throw new ForbiddenException();
		}
		ReferenceSource checked = ReferenceSource.checked(source, this.directory.today());
		List<DataSet.Item> items = new ArrayList<>();
		for (String indicator : indicators) {
			IndicatorCatalogue.Indicator found = this.catalogue.indicator(indicator)
				.orElseThrow(() -> RuleViolation.of("data.set.indicator-unknown", indicator));
			items.add(new DataSet.Item(found.code(), found.dimensions(), false, null, null, null, null));
		}
		DataSet set = this.dataSets.create(regional().id(), code, name, periodicity,
				(visibility != null) ? visibility : Visibility.PUBLIC, items, viewer);
		this.jdbc.sql("""
				update data_set set kind = 'REFERENCE', source_name = ?, source_url = ?, source_retrieved = ?
				where id = ?""")
			.params(checked.name(), checked.url(), Date.valueOf(checked.retrieved()), set.id())
			.update();
		// so that the one search finds it at once
		this.events.publishEvent(new RecordChanged(viewer.actor(), set.mechanismId(), "reference-set", set.id(),
				"created", RecordChanged.diff("code", null, set.code())));
		return new ReferenceSet(set, checked);
	}

	private Mechanism regional() {
		return this.directory.mechanisms().stream().filter(Mechanism::regional).findFirst().orElseThrow();
	}

	/** The reference sets the viewer may see. */
	public List<ReferenceSet> all(Viewer viewer) {
		List<ReferenceSet> sets = new ArrayList<>();
		for (UUID id : this.jdbc.sql("select id from data_set where kind = 'REFERENCE' order by code")
			.query(UUID.class)
			.list()) {
			find(id, viewer).ifPresent(sets::add);
		}
		return sets;
	}

	/**
	 * Which of these reference sets the viewer may see, by the rule of {@link #find};
	 * national sets and unknown ids are left out.
	 */
	public Set<UUID> visibleAmong(java.util.Collection<UUID> ids, Viewer viewer) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Set<UUID> visible = new java.util.HashSet<>();
		this.jdbc.sql("select id, mechanism_id, visibility from data_set where kind = 'REFERENCE' and id in (:ids)")
			.param("ids", Set.copyOf(ids))
			.query((rs) -> {
				if (viewer.canSee(rs.getObject(2, UUID.class), Visibility.valueOf(rs.getString(3)), List.of())) {
					visible.add(rs.getObject(1, UUID.class));
				}
			});
		return visible;
	}

	/** A reference set the viewer may see: public ones by all, others by the keepers. */
	public Optional<ReferenceSet> find(UUID id, Viewer viewer) {
		Optional<DataSet> set = this.dataSets.find(id);
		if (set.isEmpty()) {
			return Optional.empty();
		}
		List<ReferenceSource> source = this.jdbc
			.sql("select source_name, source_url, source_retrieved from data_set where id = ? and kind = 'REFERENCE'")
			.param(id)
			.query((rs, n) -> new ReferenceSource(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
		if (source.isEmpty() || !viewer.canSee(set.get().mechanismId(), set.get().visibility(), List.of())) {
			return Optional.empty();
		}
		return Optional.of(new ReferenceSet(set.get(), source.get(0)));
	}

	/** How many figures a reference set holds. */
	public int count(UUID id) {
		return this.jdbc.sql("select count(*) from published_value where data_set_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	/**
	 * What a file's save did: the figures saved, and the regions and groups (World Bank
	 * codes such as WLD) left out because they are not countries.
	 */
	public record Saved(int figures, List<String> groupsLeftOut) {
	}

	/** Saves (and so publishes) figures read from a file: see {@link ReferenceFile}. */
	@Transactional
	public Saved save(UUID id, InputStream file, Viewer viewer) throws IOException {
		ReferenceSet set = kept(id, viewer);
		ReferenceFile.Read read = ReferenceFile.read(file, set.set(), MAX_FIGURES);
		return new Saved(store(set, read.figures(), viewer), List.copyOf(read.groups()));
	}

	/**
	 * Saves and publishes figures, all or none: a figure of the same country, indicator,
	 * period and codes replaces the one saved before.
	 * @throws RuleViolation naming every refused figure by its line
	 */
	@Transactional
	public int save(UUID id, List<ReferenceFigure> figures, Viewer viewer) {
		return store(kept(id, viewer), figures, viewer);
	}

	private ReferenceSet kept(UUID id, Viewer viewer) {
		ReferenceSet set = find(id, viewer).orElseThrow(NotFoundException::new);
		if (!canKeep(viewer) || !viewer.canManage(set.set().mechanismId())) {
			throw new ForbiddenException();
		}
		return set;
	}

	private int store(ReferenceSet reference, List<ReferenceFigure> figures, Viewer viewer) {
		DataSet set = reference.set();
		if (figures.isEmpty()) {
			throw RuleViolation.of("data.reference.empty");
		}
		if (figures.size() > MAX_FIGURES) {
			throw RuleViolation.of("data.reference.too-many", MAX_FIGURES);
		}
		List<RuleViolation.Problem> problems = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Map<String, String> aliases = this.catalogue.aliases();
		for (ReferenceFigure f : figures) {
			Object[] row = row(set, f, aliases, problems);
			if (row != null) {
				rows.add(row);
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		for (Object[] r : rows) {
			this.jdbc.sql("""
					delete from published_value where data_set_id = ? and ref_area = ? and indicator = ? and period = ?
					and sex = ? and age = '_T' and counterpart_area = ? and activity = '_T' and occupation = '_T'
					and education = '_T' and migrant_category = '_T'""")
				.params(set.id(), r[0], r[1], r[2], r[4], r[5])
				.update();
			this.jdbc.sql("""
					insert into published_value (obligation_id, mechanism_id, data_set_id, submission_id, indicator,
					period, period_start, periodicity, sex, age, counterpart_area, activity, occupation, education,
					migrant_category, obs_value, visibility, regional, approved_at, ref_area)
					values (null, ?, ?, null, ?, ?, ?, ?, ?, '_T', ?, '_T', '_T', '_T', '_T', ?, ?, false, ?, ?)""")
				.params(set.mechanismId(), set.id(), r[1], r[2], r[3], set.periodicity().name(), r[4], r[5], r[6],
						set.visibility().name(), now, r[0])
				.update();
		}
		return rows.size();
	}

	/** The columns of a figure, or null with its problems added. */
	private Object[] row(DataSet set, ReferenceFigure f, Map<String, String> aliases,
			List<RuleViolation.Problem> problems) {
		int before = problems.size();
		String area = alpha3(f.refArea());
		if (area == null) {
			problems.add(new RuleViolation.Problem(null, "data.reference.area-unknown", f.line(), f.refArea()));
		}
		String indicator = (f.indicator() != null) ? f.indicator().strip().toUpperCase(Locale.ROOT)
				: ((set.indicators().size() == 1) ? set.indicators().get(0).indicator() : null);
		if (indicator != null && set.item(indicator).isEmpty()) {
			// a source's own code for the indicator ("BX.TRF.PWKR.CD.DT")
			indicator = aliases.getOrDefault(indicator, indicator);
		}
		Optional<DataSet.Item> item = (indicator != null) ? set.item(indicator) : Optional.empty();
		if (item.isEmpty()) {
			problems.add(new RuleViolation.Problem(null, "data.reference.indicator-unknown", f.line(),
					String.valueOf(f.indicator())));
		}
		Period period = Period.parse(f.period()).orElse(null);
		if (period == null || period.periodicity() != set.periodicity()) {
			problems.add(new RuleViolation.Problem(null, "data.reference.period-invalid", f.line(),
					String.valueOf(f.period())));
		}
		String sex = code(f.sex());
		String counterpart = code(f.counterpartArea());
		if (item.isPresent() && ((!"_T".equals(sex) && !item.get().dimensions().contains("SEX"))
				|| (!"_T".equals(counterpart) && !item.get().dimensions().contains("COUNTERPART_AREA")))) {
			problems.add(new RuleViolation.Problem(null, "data.reference.breakdown-not-allowed", f.line(), indicator));
		}
		else if (!known("SEX", sex) || !known("COUNTERPART_AREA", counterpart)) {
			problems.add(new RuleViolation.Problem(null, "data.reference.code-unknown", f.line(),
					known("SEX", sex) ? counterpart : sex));
		}
		BigDecimal value = f.value();
		if (value == null || value.stripTrailingZeros().scale() > Decimals.MAX_SCALE
				|| value.precision() - value.scale() > Decimals.MAX_INTEGER_DIGITS) {
			problems.add(new RuleViolation.Problem(null, "data.reference.value-inexact", f.line()));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Object[] { area, indicator, period.code(), period.start(), sex, counterpart, value };
	}

	private boolean known(String dimension, String code) {
		return "_T".equals(code) || this.catalogue.dimensions()
			.stream()
			.filter((d) -> d.code().equals(dimension))
			.flatMap((d) -> d.codes().stream())
			.anyMatch((c) -> c.code().equals(code));
	}

	private static String code(String text) {
		String code = Texts.blankToNull(text);
		return (code == null) ? "_T" : code.strip().toUpperCase(Locale.ROOT);
	}

	/** ISO 3166-1 alpha-3 of an alpha-2 or alpha-3 code, or null. */
	static String alpha3(String code) {
		String c = (code != null) ? code.strip().toUpperCase(Locale.ROOT) : "";
		if (c.length() == 2 && c.chars().allMatch((ch) -> ch >= 'A' && ch <= 'Z')) {
			try {
				c = new Locale.Builder().setRegion(c).build().getISO3Country();
			}
			catch (RuntimeException ex) {
				return null;
			}
		}
		return ALPHA3.contains(c) ? c : null;
	}

}
