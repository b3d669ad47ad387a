package org.hamkori.sdg;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.shared.security.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The steps of a round (saved, submitted) with the items each changed, written in the
 * transaction of the change and read back as the round's history.
 */
@Component
class RoundHistory {

	private final JdbcClient jdbc;

	RoundHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a step and the items it changed. */
	void record(UUID roundId, String action, Viewer by, Instant at, List<RoundStep.Change> changes) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into sdg_round_step (id, round_id, action, actor, at) values (?, ?, ?, ?, ?)")
			.params(id, roundId, action, by.actor(), Timestamp.from(at))
			.update();
		for (RoundStep.Change change : changes) {
			this.jdbc.sql("""
					insert into sdg_step_change (step_id, item, answer_before, answer_after, comment_changed)
					values (?, ?, ?, ?, ?)""")
				.params(id, change.item(), change.before(), change.after(), change.commentChanged())
				.update();
		}
	}

	/** The history of a round, oldest first, with the items each step changed. */
	List<RoundStep> of(UUID roundId) {
		Map<UUID, List<RoundStep.Change>> changes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.step_id, c.item, c.answer_before, c.answer_after, c.comment_changed
				from sdg_step_change c join sdg_round_step s on s.id = c.step_id
				where s.round_id = ? order by c.item""")
			.param(roundId)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
					new RoundStep.Change(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5))))
			.list()
			.forEach((e) -> changes.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return this.jdbc.sql("select id, action, actor, at from sdg_round_step where round_id = ? order by at, action")
			.param(roundId)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new RoundStep(id, rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
						List.copyOf(changes.getOrDefault(id, List.of())));
			})
			.list();
	}

}
