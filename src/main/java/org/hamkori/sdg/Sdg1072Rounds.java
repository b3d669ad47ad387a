package org.hamkori.sdg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.sdg.Sdg1072.Answer;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.text.Texts;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SDG 10.7.2 self-assessment rounds: one per national mechanism and year. The
 * mechanism's secretariat (or an admin) starts a round, saves it as a draft as often as
 * needed and submits it, which locks it. Members of the mechanism read its rounds, drafts
 * included; members of the regional mechanism and its secretariat read the submitted
 * rounds of every country; a public submitted round is open to every signed-in user (and
 * its score, when it is the latest submitted, to anyone on the public portal); everyone
 * else gets 404. Each change is checked against the version read (optimistic locking),
 * kept as a history step with the changed items, and audited in the same transaction.
 */
@Service
@Transactional
public class Sdg1072Rounds {

	/** The message key of a step refused because the round was submitted. */
	public static final String LOCKED = "sdg.locked";

	public static final int COMMENT_MAX = 2000;

	public static final int FIRST_YEAR = 2015;

	private static final String COLUMNS = """
			id, mechanism_id, round_year, status, visibility, created_at, created_by,
			updated_at, updated_by, submitted_at, submitted_by, version""";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RoundHistory history;

	Sdg1072Rounds(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events, Clock clock,
			RoundHistory history) {
		this.history = history;
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** A row of the regional comparison: a country's submitted round and its score. */
	public record ComparisonRow(Mechanism mechanism, Sdg1072Round round, RoundScore score) {
	}

	// --- reading ---------------------------------------------------------------------

	/**
	 * Whether the viewer sits in the regional mechanism (any role) or is an admin: such
	 * readers see the submitted rounds of every country and the comparison.
	 */
	public static boolean readsRegionally(Viewer viewer) {
		return viewer.admin() || viewer.isRegionalSecretariat()
				|| viewer.seats().stream().anyMatch(Viewer.Seat::regional);
	}

	public boolean canSee(Viewer viewer, Sdg1072Round round) {
		UUID mechanismId = round.mechanismId();
		if ((viewer.admin() || viewer.isMemberOf(mechanismId))
				&& (viewer.canSee(mechanismId, round.visibility(), Set.of()) || viewer.canManage(mechanismId))) {
			return true;
		}
		if (round.status() != RoundStatus.SUBMITTED || round.visibility() == Visibility.RESTRICTED) {
			return false;
		}
		return readsRegionally(viewer) || (round.visibility() == Visibility.PUBLIC && viewer.isAuthenticated());
	}

	/**
	 * Whether the viewer may open the mechanism's list of rounds: its members, regional
	 * readers, or anyone when a public submitted round exists.
	 */
	@Transactional(readOnly = true)
	public boolean canOpenList(Mechanism mechanism, Viewer viewer) {
		return viewer.admin() || viewer.isMemberOf(mechanism.id()) || readsRegionally(viewer)
				|| !ofMechanism(mechanism.id(), viewer).isEmpty();
	}

	/** The rounds of a mechanism the viewer may see, latest year first. */
	@Transactional(readOnly = true)
	public List<Sdg1072Round> ofMechanism(UUID mechanismId, Viewer viewer) {
		List<Sdg1072Round> rounds = this.jdbc.sql("""
				select %s
				from sdg_round where mechanism_id = ? order by round_year desc""".formatted(COLUMNS))
			.param(mechanismId)
			.query(this::round)
			.list();
		return withAnswers(rounds).stream().filter((r) -> canSee(viewer, r)).toList();
	}

	/** The round of a mechanism and year if the viewer may see it; 404 otherwise. */
	@Transactional(readOnly = true)
	public Sdg1072Round visible(UUID mechanismId, int year, Viewer viewer) {
		return find(mechanismId, year).filter((r) -> canSee(viewer, r)).orElseThrow(NotFoundException::new);
	}

	/**
	 * The mechanism's latest submitted round, for the public portal, only when the
	 * secretariat made it public: a members-only or restricted latest round gives nothing
	 * (an older public round does not stand in for it), and so does a mechanism with no
	 * submitted round. A draft in progress does not hide the last submitted score.
	 */
	@Transactional(readOnly = true)
	public Optional<Sdg1072Round> latestPublic(UUID mechanismId) {
		return this.jdbc
			.sql("""
					select %s
					from sdg_round where mechanism_id = ? and status = 'SUBMITTED' order by round_year desc"""
				.formatted(COLUMNS))
			.param(mechanismId)
			.query(this::round)
			.list()
			.stream()
			.findFirst()
			.filter((r) -> r.visibility() == Visibility.PUBLIC)
			.map((r) -> withAnswers(List.of(r)).get(0));
	}

	@Transactional(readOnly = true)
	public Optional<Sdg1072Round> find(UUID mechanismId, int year) {
		return this.jdbc.sql("""
				select %s
				from sdg_round where mechanism_id = ? and round_year = ?""".formatted(COLUMNS))
			.params(mechanismId, year)
			.query(this::round)
			.optional()
			.map((r) -> withAnswers(List.of(r)).get(0));
	}

	/** The history of a round, oldest first, with the items each step changed. */
	@Transactional(readOnly = true)
	public List<RoundStep> history(UUID roundId) {
		return this.history.of(roundId);
	}

	/**
	 * The submitted round of each national mechanism for a year, for regional readers
	 * only (404 for everyone else). Countries without a submitted round have a row with
	 * no round.
	 */
	@Transactional(readOnly = true)
	public List<ComparisonRow> comparison(int year, Viewer viewer) {
		requireRegionalReader(viewer);
		List<ComparisonRow> rows = new ArrayList<>();
		for (Mechanism mechanism : nationalMechanisms()) {
			Optional<Sdg1072Round> round = find(mechanism.id(), year)
				.filter((r) -> r.status() == RoundStatus.SUBMITTED && canSee(viewer, r));
			rows.add(new ComparisonRow(mechanism, round.orElse(null), round.map(Sdg1072Round::score).orElse(null)));
		}
		return rows;
	}

	/**
	 * The years with at least one submitted round, latest first (regional readers only).
	 */
	@Transactional(readOnly = true)
	public List<Integer> submittedYears(Viewer viewer) {
		requireRegionalReader(viewer);
		return this.jdbc
			.sql("select distinct round_year from sdg_round where status = 'SUBMITTED' order by round_year desc")
			.query(Integer.class)
			.list();
	}

	public List<Mechanism> nationalMechanisms() {
		return this.directory.mechanisms()
			.stream()
			.filter((m) -> !m.regional())
			.sorted(Comparator.comparing(Mechanism::code))
			.toList();
	}

	/** The latest year a round may be started for: next year. */
	public int lastYear() {
		return this.directory.today().getYear() + 1;
	}

	// --- changing --------------------------------------------------------------------

	/**
	 * Starts the round of a year for a national mechanism; only its secretariat (or an
	 * admin) may.
	 * @throws RuleViolation for the regional mechanism, a year out of range or a year
	 * that already has a round
	 */
	public Sdg1072Round create(UUID mechanismId, Integer year, Visibility visibility, Viewer by) {
		Mechanism mechanism = this.directory.mechanism(mechanismId).orElseThrow(NotFoundException::new);
		requireManager(mechanismId, by);
		if (mechanism.regional()) {
			throw RuleViolation.of("sdg.error.regional");
		}
		if (year == null || year < FIRST_YEAR || year > lastYear()) {
			throw RuleViolation.of("sdg.error.year");
		}
		if (find(mechanismId, year).isPresent()) {
			throw RuleViolation.of("sdg.error.exists");
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		try {
			this.jdbc.sql("""
					insert into sdg_round (%s)
					values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, null, null, 0)""".formatted(COLUMNS))
				.params(id, mechanismId, year, (visibility != null) ? visibility.name() : Visibility.MEMBERS.name(),
						Timestamp.from(now), by.actor(), Timestamp.from(now), by.actor())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolation.of("sdg.error.exists");
		}
		this.history.record(id, "CREATED", by, now, List.of());
		this.events.publishEvent(new RecordChanged(by.actor(), mechanismId, "sdg_round", id, "created",
				Map.of("year", year, "visibility", String.valueOf(visibility))));
		return find(mechanismId, year).orElseThrow();
	}

	/**
	 * Replaces the answers of a draft with these (items left out become missing). The
	 * version is the one the editor read; a stale one fails with
	 * {@link OptimisticLockingFailureException} and changes nothing.
	 * @throws RuleViolation ({@link #LOCKED}) when the round was submitted
	 */
	public Sdg1072Round save(UUID roundId, Map<String, ItemAnswer> answers, long version, Viewer by) {
		Sdg1072Round before = byId(roundId).filter((r) -> canSee(by, r)).orElseThrow(NotFoundException::new);
		requireManager(before.mechanismId(), by);
		if (!before.isDraft()) {
			throw RuleViolation.of(Sdg1072Rounds.LOCKED);
		}
		RoundAnswers.validate(answers);
		if (before.version() != version) {
			throw new OptimisticLockingFailureException("The round changed since it was read");
		}
		List<RoundStep.Change> changes = RoundAnswers.changes(before.answers(), answers);
		if (changes.isEmpty()) {
			return before;
		}
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				update sdg_round set version = version + 1, updated_at = ?, updated_by = ?
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(Timestamp.from(now), by.actor(), roundId, version)
			.update();
		if (updated != 1) {
			if (byId(roundId).map((r) -> !r.isDraft()).orElse(false)) {
				throw RuleViolation.of(Sdg1072Rounds.LOCKED);
			}
			throw new OptimisticLockingFailureException("The round changed since it was read");
		}
		this.jdbc.sql("delete from sdg_answer where round_id = ?").param(roundId).update();
		for (ItemAnswer answer : answers.values()) {
			if (!answer.isEmpty()) {
				this.jdbc.sql("insert into sdg_answer (round_id, item, answer, comment) values (?, ?, ?, ?)")
					.params(roundId, answer.item(), (answer.answer() != null) ? answer.answer().name() : null,
							Texts.blankToNull(answer.comment()))
					.update();
			}
		}
		this.history.record(roundId, "SAVED", by, now, changes);
		Map<String, Object> audit = new LinkedHashMap<>();
		for (RoundStep.Change change : changes) {
			audit.put(change.item(), new ArrayList<>(java.util.Arrays.asList(change.before(), change.after())));
		}
		this.events
			.publishEvent(new RecordChanged(by.actor(), before.mechanismId(), "sdg_round", roundId, "updated", audit));
		return byId(roundId).orElseThrow();
	}

	/**
	 * Submits a draft, which locks it. Missing items stay missing and count as 0.
	 * @throws RuleViolation ({@link #LOCKED}) when it was already submitted
	 */
	public Sdg1072Round submit(UUID roundId, long version, Viewer by) {
		Sdg1072Round before = byId(roundId).filter((r) -> canSee(by, r)).orElseThrow(NotFoundException::new);
		requireManager(before.mechanismId(), by);
		if (!before.isDraft()) {
			throw RuleViolation.of(Sdg1072Rounds.LOCKED);
		}
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				update sdg_round set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?, updated_at = ?,
				updated_by = ?, version = version + 1 where id = ? and version = ? and status = 'DRAFT'""")
			.params(Timestamp.from(now), by.actor(), Timestamp.from(now), by.actor(), roundId, version)
			.update();
		if (updated != 1) {
			if (byId(roundId).map((r) -> !r.isDraft()).orElse(false)) {
				throw RuleViolation.of(Sdg1072Rounds.LOCKED);
			}
			throw new OptimisticLockingFailureException("The round changed since it was read");
		}
		this.history.record(roundId, "SUBMITTED", by, now, List.of());
		RoundScore score = before.score();
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("status", List.of(RoundStatus.DRAFT.name(), RoundStatus.SUBMITTED.name()));
		audit.put("overall", score.overallPercent());
		audit.put("missing", score.missing().size());
		this.events.publishEvent(
				new RecordChanged(by.actor(), before.mechanismId(), "sdg_round", roundId, "submitted", audit));
		return byId(roundId).orElseThrow();
	}

	// --- internals -------------------------------------------------------------------

	private void requireManager(UUID mechanismId, Viewer by) {
		if (!by.canManage(mechanismId)) {
			throw (by.isMemberOf(mechanismId) || readsRegionally(by)) ? new ForbiddenException()
					: new NotFoundException();
		}
	}

	private void requireRegionalReader(Viewer viewer) {
		if (!readsRegionally(viewer)) {
			throw new NotFoundException();
		}
	}

	private Optional<Sdg1072Round> byId(UUID id) {
		return this.jdbc.sql("""
				select %s
				from sdg_round where id = ?""".formatted(COLUMNS))
			.param(id)
			.query(this::round)
			.optional()
			.map((r) -> withAnswers(List.of(r)).get(0));
	}

	private List<Sdg1072Round> withAnswers(List<Sdg1072Round> rounds) {
		if (rounds.isEmpty()) {
			return rounds;
		}
		Map<UUID, Map<String, ItemAnswer>> answers = new LinkedHashMap<>();
		for (Sdg1072Round round : rounds) {
			answers.put(round.id(), new LinkedHashMap<>());
		}
		this.jdbc.sql("select round_id, item, answer, comment from sdg_answer where round_id in (:ids)")
			.param("ids", List.copyOf(answers.keySet()))
			.query((rs, n) -> {
				String value = rs.getString(3);
				return Map.entry(rs.getObject(1, UUID.class), new ItemAnswer(rs.getString(2),
						(value != null) ? Answer.valueOf(value) : null, rs.getString(4)));
			})
			.list()
			.forEach((e) -> answers.get(e.getKey()).put(e.getValue().item(), e.getValue()));
		return rounds.stream()
			.map((r) -> new Sdg1072Round(r.id(), r.mechanismId(), r.year(), r.status(), r.visibility(), r.createdAt(),
					r.createdBy(), r.updatedAt(), r.updatedBy(), r.submittedAt(), r.submittedBy(), r.version(),
					answers.get(r.id())))
			.toList();
	}

	private Sdg1072Round round(ResultSet rs, int n) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Sdg1072Round(rs.getObject("id", UUID.class), rs.getObject("mechanism_id", UUID.class),
				rs.getInt("round_year"), RoundStatus.valueOf(rs.getString("status")),
				Visibility.valueOf(rs.getString("visibility")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
				(submitted != null) ? submitted.toInstant() : null, rs.getString("submitted_by"), rs.getLong("version"),
				Map.of());
	}

}
