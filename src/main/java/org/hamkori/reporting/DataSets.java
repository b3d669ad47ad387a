package org.hamkori.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data sets and reporting obligations: what a mechanism collects, and which institution
 * reports it. The mechanism's secretariat defines both; members read them.
 */
@Service
@Transactional(readOnly = true)
public class DataSets {

	private final JdbcClient jdbc;

	private final IndicatorCatalogue catalogue;

	private final Directory directory;

	private final Clock clock;

	DataSets(JdbcClient jdbc, IndicatorCatalogue catalogue, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	public DataSet create(UUID mechanismId, String code, LocalizedText name, Periodicity periodicity,
			Visibility visibility, List<DataSet.Item> items, Viewer viewer) {
		if (!viewer.canManage(mechanismId)) {
			throw new NotFoundException();
		}
		String normalised = (code != null) ? code.trim().toUpperCase(Locale.ROOT) : "";
		if (!normalised.matches("[A-Z0-9_]{2,40}")) {
			throw RuleViolation.of("data.set.code-invalid");
		}
		if (name == null || name.isEmpty()) {
			throw RuleViolation.of("data.set.name-required");
		}
		if (items.isEmpty()) {
			throw RuleViolation.of("data.set.indicators-required");
		}
		Map<String, IndicatorCatalogue.Indicator> indicators = new LinkedHashMap<>();
		this.catalogue.indicators().forEach((i) -> indicators.put(i.code(), i));
		for (DataSet.Item item : items) {
			IndicatorCatalogue.Indicator indicator = indicators.get(item.indicator());
			if (indicator == null) {
				throw RuleViolation.of("data.set.indicator-unknown", item.indicator());
			}
			if (!indicator.dimensions().containsAll(item.dimensions())) {
				throw RuleViolation.of("data.set.dimension-not-allowed", item.indicator());
			}
		}
		boolean taken = this.jdbc.sql("select count(*) from data_set where mechanism_id = ? and code = ?")
			.params(mechanismId, normalised)
			.query(Integer.class)
			.single() > 0;
		if (taken) {
			throw RuleViolation.of("data.set.code-taken", normalised);
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into data_set (id, mechanism_id, code, name, periodicity, visibility, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, mechanismId, normalised, LocalizedTextColumns.write(name), periodicity.name(),
					visibility.name(), OffsetDateTime.now(this.clock))
			.update();
		int order = 0;
		for (DataSet.Item item : items) {
			this.jdbc.sql("""
					insert into data_set_indicator (data_set_id, indicator, dimensions, required, min_value,
					max_value, change_warning, total_tolerance, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, item.indicator(), String.join(",", item.dimensions()), item.required(), item.min(),
						item.max(), item.changeWarning(), item.tolerance(), order++)
				.update();
		}
		return find(id).orElseThrow();
	}

	/**
	 * A new data set that names where its figures come from (a series taken from a
	 * published source), checked as a reference set's source is; a null source names
	 * none.
	 */
	@Transactional
	public DataSet create(UUID mechanismId, String code, LocalizedText name, Periodicity periodicity,
			Visibility visibility, List<DataSet.Item> items, ReferenceSource source, Viewer viewer) {
		ReferenceSource checked = (source != null) ? ReferenceSource.checked(source, this.directory.today()) : null;
		DataSet set = create(mechanismId, code, name, periodicity, visibility, items, viewer);
		if (checked != null) {
			this.jdbc.sql("update data_set set source_name = ?, source_url = ?, source_retrieved = ? where id = ?")
				.params(checked.name(), checked.url(), java.sql.Date.valueOf(checked.retrieved()), set.id())
				.update();
		}
		return set;
	}

	/** The source a data set names, if it names one. */
	public Optional<ReferenceSource> source(UUID dataSetId) {
		return this.jdbc.sql(
				"select source_name, source_url, source_retrieved from data_set where id = ? and source_name is not null")
			.param(dataSetId)
			.query((rs, n) -> new ReferenceSource(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.optional();
	}

	@Transactional
	public Obligation addObligation(UUID dataSetId, UUID organisationId, int dueDays, Period firstPeriod,
			Viewer viewer) {
		return addObligation(dataSetId, organisationId, dueDays, firstPeriod, null, viewer);
	}

	/**
	 * Adds an obligation from its first period to its last one (null: open-ended). A year
	 * divisible by five is a first or last period of a five-yearly data set.
	 */
	@Transactional
	public Obligation addObligation(UUID dataSetId, UUID organisationId, int dueDays, Period first, Period last,
			Viewer viewer) {
		DataSet set = find(dataSetId).orElseThrow(NotFoundException::new);
		if (!viewer.canManage(set.mechanismId())) {
			throw new NotFoundException();
		}
		if (isReference(set.id())) {
			throw RuleViolation.of("data.obligation.reference-set");
		}
		if (dueDays < 0 || dueDays > 365) {
			throw RuleViolation.of("data.obligation.due-invalid");
		}
		Period firstPeriod = first.in(set.periodicity())
			.orElseThrow(() -> RuleViolation.of("data.obligation.period-periodicity", first.code()));
		Period lastPeriod = (last != null) ? last.in(set.periodicity())
			.orElseThrow(() -> RuleViolation.of("data.obligation.period-periodicity", last.code())) : null;
		if (lastPeriod != null && lastPeriod.compareTo(firstPeriod) < 0) {
			throw RuleViolation.of("data.obligation.end-before-start");
		}
		Set<UUID> members = new HashSet<>();
		for (Membership m : this.directory.membershipsOfMechanism(set.mechanismId())) {
			members.add(m.organisationId());
		}
		if (!members.contains(organisationId)) {
			throw RuleViolation.of("data.obligation.not-member");
		}
		boolean exists = this.jdbc
			.sql("select count(*) from reporting_obligation where data_set_id = ? and organisation_id = ?")
			.params(dataSetId, organisationId)
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			throw RuleViolation.of("data.obligation.exists");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into reporting_obligation (id, data_set_id, organisation_id, due_days, first_period,
				last_period, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, dataSetId, organisationId, dueDays, firstPeriod.code(),
					(lastPeriod != null) ? lastPeriod.code() : null, OffsetDateTime.now(this.clock))
			.update();
		return obligation(id).orElseThrow();
	}

	/** Whether the data set is an international reference series (no obligations). */
	public boolean isReference(UUID id) {
		return this.jdbc.sql("select count(*) from data_set where id = ? and kind = 'REFERENCE'")
			.param(id)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Whether a viewer may read a data set: admins, and members of its mechanism as its
	 * visibility allows (the reporting institutions count as named ones).
	 */
	public boolean canRead(DataSet set, Viewer viewer) {
		return viewer.admin() || (viewer.isMemberOf(set.mechanismId()) && viewer.canSee(set.mechanismId(),
				set.visibility(), obligationsOf(set.id()).stream().map(Obligation::organisationId).toList()));
	}

	/**
	 * Which of these data sets exist and the viewer may read, by the rule of
	 * {@link #canRead}, in two reads whatever their number (the sets, then their
	 * obligations).
	 */
	public Set<UUID> readableAmong(java.util.Collection<UUID> ids, Viewer viewer) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		record Row(UUID id, UUID mechanismId, Visibility visibility) {
		}
		List<Row> rows = this.jdbc.sql("select id, mechanism_id, visibility from data_set where id in (:ids)")
			.param("ids", Set.copyOf(ids))
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					Visibility.valueOf(rs.getString(3))))
			.list()
			.stream()
			.filter((r) -> viewer.admin() || viewer.isMemberOf(r.mechanismId()))
			.toList();
		if (viewer.admin() || rows.isEmpty()) {
			return rows.stream().map(Row::id).collect(java.util.stream.Collectors.toSet());
		}
		Map<UUID, List<UUID>> named = new java.util.HashMap<>();
		this.jdbc.sql("select data_set_id, organisation_id from reporting_obligation where data_set_id in (:ids)")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs) -> {
				named.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
					.add(rs.getObject(2, UUID.class));
			});
		return rows.stream()
			.filter((r) -> viewer.canSee(r.mechanismId(), r.visibility(), named.getOrDefault(r.id(), List.of())))
			.map(Row::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	public Optional<DataSet> find(UUID id) {
		return sets("where id = ?", id).stream().findFirst();
	}

	/**
	 * A data set its reader may open: its mechanism's members (and admins), under the
	 * set's visibility, with its reporting institutions as the named ones.
	 */
	public Optional<DataSet> readable(UUID id, org.hamkori.shared.security.Viewer viewer) {
		return find(id)
			.filter((set) -> viewer.admin() || (viewer.isMemberOf(set.mechanismId()) && viewer.canSee(set.mechanismId(),
					set.visibility(), obligationsOf(set.id()).stream().map(Obligation::organisationId).toList())));
	}

	public List<DataSet> ofMechanism(UUID mechanismId) {
		// reference series are kept on their own page, not reported under obligations
		return sets("where mechanism_id = ? and kind = 'NATIONAL' order by code", mechanismId);
	}

	public Optional<DataSet> byCode(UUID mechanismId, String code) {
		return sets("where mechanism_id = ? and code = ?", mechanismId, code).stream().findFirst();
	}

	public Optional<Obligation> obligation(UUID id) {
		return obligations("where o.id = ?", id).stream().findFirst();
	}

	public List<Obligation> obligationsOf(UUID dataSetId) {
		return obligations("where o.data_set_id = ? order by o.created_at", dataSetId);
	}

	public List<Obligation> obligationsOfMechanism(UUID mechanismId) {
		return obligations("where d.mechanism_id = ? order by d.code, o.created_at", mechanismId);
	}

	public List<Obligation> allObligations() {
		return obligations("order by d.mechanism_id, d.code");
	}

	/** The obligations a viewer reports (for an institution they represent) or runs. */
	public List<Obligation> obligationsFor(Viewer viewer) {
		List<Obligation> mine = new ArrayList<>();
		for (Obligation o : allObligations()) {
			if (viewer.canManage(o.mechanismId()) || viewer.represents(o.mechanismId(), o.organisationId())) {
				mine.add(o);
			}
		}
		return mine;
	}

	private List<DataSet> sets(String where, Object... params) {
		List<DataSet> rows = this.jdbc.sql("""
				select id, mechanism_id, code, name, periodicity, visibility
				from data_set %s""".formatted(where))
			.params(params)
			.query((rs, n) -> new DataSet(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					LocalizedTextColumns.parse(rs.getString(4)), Periodicity.valueOf(rs.getString(5)),
					Visibility.valueOf(rs.getString(6)), new ArrayList<>()))
			.list();
		for (DataSet set : rows) {
			set.indicators()
				.addAll(this.jdbc.sql("""
						select indicator, dimensions, required, min_value, max_value, change_warning,
						total_tolerance from data_set_indicator where data_set_id = ? order by sort_order""")
					.param(set.id())
					.query((rs, n) -> new DataSet.Item(rs.getString(1), split(rs.getString(2)), rs.getBoolean(3),
							rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
					.list());
		}
		return rows.stream()
			.map((s) -> new DataSet(s.id(), s.mechanismId(), s.code(), s.name(), s.periodicity(), s.visibility(),
					List.copyOf(s.indicators())))
			.toList();
	}

	private static List<String> split(String dimensions) {
		return (dimensions == null || dimensions.isBlank()) ? List.of() : Arrays.asList(dimensions.split(","));
	}

	private List<Obligation> obligations(String where, Object... params) {
		return this.jdbc.sql("""
				select o.id, o.data_set_id, d.mechanism_id, o.organisation_id, o.due_days, o.first_period,
				o.last_period, d.periodicity from reporting_obligation o join data_set d on d.id = o.data_set_id
				%s""".formatted(where)).params(params).query((rs, n) -> {
			Periodicity periodicity = Periodicity.valueOf(rs.getString(8));
			return new Obligation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class), rs.getInt(5), Period.of(rs.getString(6), periodicity),
					(rs.getString(7) != null) ? Period.of(rs.getString(7), periodicity) : null);
		}).list();
	}

}
