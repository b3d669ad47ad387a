package org.hamkori.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Organisation;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which reports a mechanism expects, which have arrived, and whether they came in time.
 * For every obligation, each period from its first one up to the last one that has ended
 * is expected; figures of periods before the first one are history, loaded without
 * penalty and never counted. A period's report has arrived when one of its versions is
 * submitted, approved or superseded (a draft, or one returned to its reporters, has not).
 * It came on time when it was first submitted on or before its due date (the period's end
 * plus the obligation's days), counted in the mechanism's time zone; otherwise it came
 * late. One that has not arrived is overdue once the due date has passed, and not yet due
 * before.
 * <p>
 * The figures are read in three queries for any number of mechanisms (obligations, the
 * versions of their reports, and the first submission of each period), never one per
 * cell.
 */
@NamedInterface("completeness")
@Service
@Transactional(readOnly = true)
public class Completeness {

	/** Statuses under which a version counts as arrived. */
	static final Set<SubmissionStatus> ARRIVED = Set.of(SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED,
			SubmissionStatus.SUPERSEDED);

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Clock clock;

	private final DataSets dataSets;

	Completeness(JdbcClient jdbc, Directory directory, Clock clock, DataSets dataSets) {
		this.jdbc = jdbc;
		this.dataSets = dataSets;
		this.directory = directory;
		this.clock = clock;
	}

	/** A data set as other modules may name it: its mechanism and its name. */
	public record DataSetName(UUID id, UUID mechanismId, LocalizedText name) {
	}

	/** A data set the viewer may open (the data set page's rule), or empty. */
	public Optional<DataSetName> readableDataSet(UUID id, Viewer viewer) {
		return this.dataSets.readable(id, viewer)
			.map((set) -> new DataSetName(set.id(), set.mechanismId(), set.name()));
	}

	/** Where an expected report stands against its due date. */
	public enum Timeliness {

		/** Arrived, first submitted on or before the due date. */
		ON_TIME,
		/** Arrived, first submitted after the due date. */
		LATE,
		/** Not arrived, and the due date has passed. */
		OVERDUE,
		/** Not arrived, and the due date has not passed yet. */
		NOT_DUE;

		public String key() {
			return "completeness.timeliness." + name();
		}

	}

	/**
	 * One expected report: its period and due date, the latest version (if any) with its
	 * status, whether it has arrived, and when it was first submitted (a day in the
	 * mechanism's time zone).
	 */
	public record Cell(Period period, LocalDate due, UUID submissionId, SubmissionStatus status, boolean arrived,
			LocalDate firstSubmitted, Timeliness timeliness) {

		/** Whether the cell counts as due: its due date has passed, or it has arrived. */
		public boolean counted() {
			return this.arrived || this.timeliness == Timeliness.OVERDUE;
		}

		public String statusKey() {
			return (this.status != null) ? "completeness.status." + this.status.name() : "completeness.status.NONE";
		}

	}

	/**
	 * Counts over expected reports. Reports are counted as due when their due date has
	 * passed or they have arrived (early ones included); the two percentages are of
	 * those, rounded down, so 100 only when every one arrived (on time). They are null
	 * when nothing is due yet.
	 */
	public record Summary(int expected, int due, int arrived, int onTime, int late, int overdue, int notDue) {

		static final Summary NONE = new Summary(0, 0, 0, 0, 0, 0, 0);

		static Summary of(Collection<Cell> cells) {
			int due = 0;
			int arrived = 0;
			int onTime = 0;
			int late = 0;
			int overdue = 0;
			int notDue = 0;
			for (Cell cell : cells) {
				if (cell.counted()) {
					due++;
				}
				if (cell.arrived()) {
					arrived++;
				}
				switch (cell.timeliness()) {
					case ON_TIME -> onTime++;
					case LATE -> late++;
					case OVERDUE -> overdue++;
					case NOT_DUE -> notDue++;
				}
			}
			return new Summary(cells.size(), due, arrived, onTime, late, overdue, notDue);
		}

		Summary plus(Summary other) {
			return new Summary(this.expected + other.expected, this.due + other.due, this.arrived + other.arrived,
					this.onTime + other.onTime, this.late + other.late, this.overdue + other.overdue,
					this.notDue + other.notDue);
		}

		public Integer arrivedPercent() {
			return percent(this.arrived);
		}

		public Integer onTimePercent() {
			return percent(this.onTime);
		}

		private Integer percent(int count) {
			return (this.due == 0) ? null : (int) ((100L * count) / this.due);
		}

	}

	/**
	 * One obligation's line: the data set, the reporting institution and every expected
	 * period, oldest first.
	 */
	public record Row(Obligation obligation, String dataSetCode, LocalizedText dataSetName, Periodicity periodicity,
			Visibility visibility, LocalizedText institution, Map<Period, Cell> cells, Summary summary) {

		/** The cell of a period, or null when the period is not expected. */
		public Cell cell(Period period) {
			return this.cells.get(period);
		}

	}

	/** A mechanism's rows and their totals, as of a day. */
	public record Report(Mechanism mechanism, LocalDate today, List<Row> rows, Summary summary) {

		public boolean isEmpty() {
			return this.rows.isEmpty();
		}

		/**
		 * The rows a viewer may see, with their totals: all of them for the secretariat,
		 * otherwise those whose data set the viewer may see (a restricted one only by the
		 * reporting institution's people).
		 */
		public Report visibleTo(Viewer viewer) {
			if (viewer.canManage(this.mechanism.id())) {
				return this;
			}
			List<Row> visible = this.rows.stream()
				.filter((r) -> viewer.canSee(this.mechanism.id(), r.visibility(),
						Set.of(r.obligation().organisationId())))
				.toList();
			return new Report(this.mechanism, this.today, visible,
					visible.stream().map(Row::summary).reduce(Summary.NONE, Summary::plus));
		}

		/** The periodicities its obligations use, most frequent reporting first. */
		public List<Periodicity> periodicities() {
			return this.rows.stream().map(Row::periodicity).distinct().sorted().toList();
		}

		public List<Row> rows(Periodicity periodicity) {
			return this.rows.stream().filter((r) -> r.periodicity() == periodicity).toList();
		}

		/** The last period of a periodicity that has ended by today. */
		public Period lastEnded(Periodicity periodicity) {
			Period period = Period.containing(periodicity, this.today);
			return period.end().isBefore(this.today) ? period : period.previous();
		}

		/** The earliest first period among the rows of a periodicity. */
		public Period earliest(Periodicity periodicity) {
			return rows(periodicity).stream()
				.map((r) -> r.obligation().firstPeriod())
				.min(Period::compareTo)
				.orElse(lastEnded(periodicity));
		}

	}

	/** Today in a mechanism's time zone. */
	public LocalDate today(Mechanism mechanism) {
		return LocalDate.now(this.clock.withZone(zone(mechanism)));
	}

	/** A mechanism's reports as of a day (in its time zone). */
	public Report of(Mechanism mechanism, LocalDate today) {
		return of(List.of(mechanism), Map.of(mechanism.id(), today)).get(mechanism.id());
	}

	/**
	 * Several mechanisms' reports at once, each as of its own day; in the order given.
	 */
	public Map<UUID, Report> of(List<Mechanism> mechanisms, Map<UUID, LocalDate> today) {
		Map<UUID, Report> reports = new LinkedHashMap<>();
		if (mechanisms.isEmpty()) {
			return reports;
		}
		List<UUID> ids = mechanisms.stream().map(Mechanism::id).toList();
		List<ObligationLine> obligations = this.jdbc.sql("""
				select o.id, o.data_set_id, d.mechanism_id, o.organisation_id, o.due_days, o.first_period,
				o.last_period, d.code, d.name, d.periodicity, d.visibility from reporting_obligation o
				join data_set d on d.id = o.data_set_id where d.mechanism_id in (:ids)
				order by d.code, o.created_at, o.id""").param("ids", ids).query((rs, n) -> {
			Periodicity periodicity = Periodicity.valueOf(rs.getString(10));
			Obligation obligation = new Obligation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5),
					Period.of(rs.getString(6), periodicity),
					(rs.getString(7) != null) ? Period.of(rs.getString(7), periodicity) : null);
			return new ObligationLine(obligation, rs.getString(8), LocalizedTextColumns.parse(rs.getString(9)),
					periodicity, Visibility.valueOf(rs.getString(11)));
		}).list();
		Map<Key, Versions> versions = new HashMap<>();
		if (!obligations.isEmpty()) {
			this.jdbc.sql("""
					select s.obligation_id, s.period, s.id, s.revision, s.status, s.submitted_at from submission s
					join reporting_obligation o on o.id = s.obligation_id
					join data_set d on d.id = o.data_set_id where d.mechanism_id in (:ids)""")
				.param("ids", ids)
				.query((rs) -> {
					Key key = new Key(rs.getObject(1, UUID.class), rs.getString(2));
					versions.computeIfAbsent(key, (k) -> new Versions())
						.add(rs.getObject(3, UUID.class), rs.getInt(4), SubmissionStatus.valueOf(rs.getString(5)),
								rs.getObject(6, OffsetDateTime.class));
				});
			this.jdbc.sql("""
					select s.obligation_id, s.period, min(st.at) from submission_step st
					join submission s on s.id = st.submission_id
					join reporting_obligation o on o.id = s.obligation_id
					join data_set d on d.id = o.data_set_id
					where st.status = 'SUBMITTED' and d.mechanism_id in (:ids) group by s.obligation_id, s.period""")
				.param("ids", ids)
				.query((rs) -> {
					Versions v = versions.get(new Key(rs.getObject(1, UUID.class), rs.getString(2)));
					if (v != null) {
						v.submittedAt(rs.getObject(3, OffsetDateTime.class));
					}
				});
		}
		Map<UUID, Organisation> organisations = obligations.isEmpty() ? Map.of() : this.directory.organisationsById();
		for (Mechanism mechanism : mechanisms) {
			LocalDate day = today.get(mechanism.id());
			ZoneId zone = zone(mechanism);
			List<Row> rows = new ArrayList<>();
			Summary total = Summary.NONE;
			for (ObligationLine line : obligations) {
				if (!line.obligation().mechanismId().equals(mechanism.id())) {
					continue;
				}
				Map<Period, Cell> cells = cells(line.obligation(), line.periodicity(), day, zone, versions);
				Summary summary = Summary.of(cells.values());
				total = total.plus(summary);
				Organisation organisation = organisations.get(line.obligation().organisationId());
				rows.add(new Row(line.obligation(), line.code(), line.name(), line.periodicity(), line.visibility(),
						(organisation != null) ? organisation.name() : LocalizedText.of("en", "?"), cells, summary));
			}
			reports.put(mechanism.id(), new Report(mechanism, day, List.copyOf(rows), total));
		}
		return reports;
	}

	/**
	 * A report an institution the viewer speaks for still owes: not arrived, whether its
	 * due date has passed ({@code overdue}), is still ahead, or it was given back to its
	 * reporters ({@code returned}).
	 */
	public record Owed(UUID obligationId, String mechanismCode, String dataSetCode, LocalizedText dataSetName,
			String period, LocalDate due, boolean overdue, boolean returned) {
	}

	/**
	 * The reports owed by the institutions the viewer speaks for, across all their seats:
	 * every expected period not yet arrived (overdue, due, or returned), the earliest due
	 * date first. Read in the same three queries as {@link #of(List, Map)}.
	 */
	public List<Owed> owedBy(Viewer viewer) {
		Map<UUID, Mechanism> all = this.directory.mechanismsById();
		List<Mechanism> mechanisms = viewer.seats()
			.stream()
			.filter((seat) -> seat.organisationId() != null)
			.map(Viewer.Seat::mechanismId)
			.distinct()
			.map(all::get)
			.filter(java.util.Objects::nonNull)
			.toList();
		Map<UUID, LocalDate> days = new HashMap<>();
		mechanisms.forEach((m) -> days.put(m.id(), today(m)));
		List<Owed> owed = new ArrayList<>();
		for (Report report : of(mechanisms, days).values()) {
			for (Row row : report.rows()) {
				if (!viewer.represents(report.mechanism().id(), row.obligation().organisationId())) {
					continue;
				}
				for (Cell cell : row.cells().values()) {
					if (!cell.arrived()) {
						owed.add(new Owed(row.obligation().id(), report.mechanism().code(), row.dataSetCode(),
								row.dataSetName(), cell.period().code(), cell.due(),
								cell.timeliness() == Timeliness.OVERDUE, cell.status() == SubmissionStatus.RETURNED));
					}
				}
			}
		}
		owed.sort(java.util.Comparator.comparing(Owed::due)
			.thenComparing(Owed::dataSetCode)
			.thenComparing(Owed::obligationId));
		return owed;
	}

	/**
	 * Whether a period's report of an obligation has arrived (a version is submitted,
	 * approved or superseded).
	 */
	public boolean arrived(UUID obligationId, String period) {
		return this.jdbc.sql("""
				select count(*) from submission where obligation_id = ? and period = ?
				and status in ('SUBMITTED', 'APPROVED', 'SUPERSEDED')""")
			.params(obligationId, period)
			.query(Long.class)
			.single() > 0;
	}

	private static Map<Period, Cell> cells(Obligation obligation, Periodicity periodicity, LocalDate today, ZoneId zone,
			Map<Key, Versions> versions) {
		Map<Period, Cell> cells = new TreeMap<>();
		if (obligation.firstPeriod().periodicity() != periodicity) {
			return cells;
		}
		for (Period p = obligation.firstPeriod(); obligation.covers(p, today); p = p.next()) {
			LocalDate due = p.due(obligation.dueDays());
			Versions v = versions.get(new Key(obligation.id(), p.code()));
			if (v == null) {
				cells.put(p, new Cell(p, due, null, null, false, null,
						today.isAfter(due) ? Timeliness.OVERDUE : Timeliness.NOT_DUE));
				continue;
			}
			LocalDate first = (v.firstSubmitted != null) ? v.firstSubmitted.atZoneSameInstant(zone).toLocalDate()
					: null;
			Timeliness timeliness;
			if (v.arrived) {
				timeliness = (first == null || !first.isAfter(due)) ? Timeliness.ON_TIME : Timeliness.LATE;
			}
			else {
				timeliness = today.isAfter(due) ? Timeliness.OVERDUE : Timeliness.NOT_DUE;
			}
			cells.put(p, new Cell(p, due, v.latestId, v.latestStatus, v.arrived, first, timeliness));
		}
		return cells;
	}

	private static ZoneId zone(Mechanism mechanism) {
		try {
			return ZoneId.of(mechanism.timeZone());
		}
		catch (RuntimeException ex) {
			return ZoneId.of("UTC");
		}
	}

	private record ObligationLine(Obligation obligation, String code, LocalizedText name, Periodicity periodicity,
			Visibility visibility) {
	}

	private record Key(UUID obligationId, String period) {
	}

	/** The versions of one period's report, folded as they are read. */
	private static final class Versions {

		UUID latestId;

		int latestRevision = Integer.MIN_VALUE;

		SubmissionStatus latestStatus;

		boolean arrived;

		OffsetDateTime firstSubmitted;

		void add(UUID id, int revision, SubmissionStatus status, OffsetDateTime submittedAt) {
			if (revision > this.latestRevision) {
				this.latestRevision = revision;
				this.latestId = id;
				this.latestStatus = status;
			}
			if (ARRIVED.contains(status)) {
				this.arrived = true;
			}
			submittedAt(submittedAt);
		}

		void submittedAt(OffsetDateTime at) {
			if (at != null && (this.firstSubmitted == null || at.isBefore(this.firstSubmitted))) {
				this.firstSubmitted = at;
			}
		}

	}

}
