package org.hamkori.actions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.programmes.Programmes;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner programmes an action works with, so a mechanism sees where efforts meet and
 * does not duplicate them. Only programmes of the action's mechanism that the viewer may
 * see can be referenced or shown.
 */
@Service
@Transactional
public class ActionProgrammes {

	private final ActionItems actions;

	private final Programmes programmes;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ActionProgrammes(ActionItems actions, Programmes programmes, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.actions = actions;
		this.programmes = programmes;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Notes that an action works with a partner programme of its mechanism (one the
	 * viewer may see), so efforts are not duplicated. Those who may update the action may
	 * reference programmes.
	 */
	public void reference(UUID actionId, UUID programmeId, Viewer by) {
		ActionItem action = this.actions.visible(actionId, by);
		if (!this.actions.canUpdate(by, action)) {
			throw new ForbiddenException();
		}
		ProgrammeRef programme = (programmeId != null) ? this.programmes.visible(programmeId, by).orElse(null) : null;
		if (programme == null || !programme.mechanismId().equals(action.mechanismId())) {
			throw new RuleViolation(Map.of("programme", "actions.programme.unknown"));
		}
		if (this.jdbc.sql("select count(*) from action_programme where action_id = ? and programme_id = ?")
			.params(actionId, programmeId)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		this.jdbc.sql("insert into action_programme (action_id, programme_id) values (?, ?)")
			.params(actionId, programmeId)
			.update();
		this.events.publishEvent(new RecordChanged(by.actor(), action.mechanismId(), "action", actionId,
				"programme-referenced", Map.of("programme", programmeId)));
	}

	/** The partner programmes an action works with, as far as the viewer may see them. */
	@Transactional(readOnly = true)
	public List<ProgrammeRef> of(UUID actionId, Viewer viewer) {
		return this.jdbc.sql("select programme_id from action_programme where action_id = ?")
			.param(actionId)
			.query(UUID.class)
			.list()
			.stream()
			.map((id) -> this.programmes.visible(id, viewer))
			.flatMap(Optional::stream)
			.toList();
	}

}
