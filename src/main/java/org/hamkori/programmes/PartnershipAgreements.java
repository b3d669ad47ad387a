package org.hamkori.programmes;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memoranda of understanding, agreements and letters of intent between organisations,
 * recorded by a mechanism's secretariat and read as their visibility allows. A status
 * change records the day it happened; every change is audited in the same transaction.
 */
@Service
@Transactional
public class PartnershipAgreements {

	static final int NOTE_MAX = 2000;

	private final AgreementRepository agreements;

	private final ProgrammeRepository programmes;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PartnershipAgreements(AgreementRepository agreements, ProgrammeRepository programmes, Directory directory,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.programmes = programmes;
		this.directory = directory;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an agreement; only the mechanism's secretariat (or an admin) may.
	 * @throws RuleViolation with message keys; nothing is stored then
	 */
	public Agreement create(UUID mechanismId, AgreementDetails details, Viewer by) {
		Checks.knownMechanism(this.directory, mechanismId);
		Checks.requireManager(by, mechanismId);
		validate(mechanismId, details);
		Agreement created = this.agreements
			.save(Agreement.create(mechanismId, details, this.directory.today(), this.clock.instant()));
		this.events.publishEvent(new RecordChanged(by.actor(), mechanismId, "agreement", created.id(), "created",
				changes(null, created)));
		return created;
	}

	/**
	 * Changes an agreement. A stale version fails with
	 * {@link org.springframework.dao.OptimisticLockingFailureException}.
	 */
	public Agreement update(UUID id, AgreementDetails details, Long version, Viewer by) {
		Agreement before = visible(id, by);
		if (!by.canManage(before.mechanismId())) {
			throw new ForbiddenException();
		}
		validate(before.mechanismId(), details);
		Agreement after = this.agreements.save(before.change(details, this.directory.today(), this.clock.instant(),
				(version != null) ? version : before.version()));
		this.events.publishEvent(new RecordChanged(by.actor(), before.mechanismId(), "agreement", id, "updated",
				changes(before, after)));
		return after;
	}

	/**
	 * Demo data: an agreement whose status changed on a given day, without an audit row.
	 */
	public Agreement createForDemo(UUID mechanismId, AgreementDetails details, java.time.LocalDate statusChangedOn) {
		Checks.knownMechanism(this.directory, mechanismId);
		validate(mechanismId, details);
		return this.agreements.save(Agreement.create(mechanismId, details, statusChangedOn, this.clock.instant()));
	}

	/** The agreement if the viewer may see it; 404 otherwise. */
	@Transactional(readOnly = true)
	public Agreement visible(UUID id, Viewer viewer) {
		return this.agreements.findById(id).filter((a) -> canSee(viewer, a)).orElseThrow(NotFoundException::new);
	}

	/** The agreements of a mechanism the viewer may see, latest status change first. */
	@Transactional(readOnly = true)
	public List<Agreement> ofMechanism(UUID mechanismId, Viewer viewer) {
		return this.agreements.findByMechanismIdOrderByStatusChangedOnDesc(mechanismId)
			.stream()
			.filter((a) -> canSee(viewer, a))
			.toList();
	}

	/** The agreements the viewer may see that serve a programme. */
	@Transactional(readOnly = true)
	public List<Agreement> linkedTo(UUID programmeId, Viewer viewer) {
		List<UUID> ids = this.jdbc.sql("select agreement_id from agreement_programme where programme_id = ?")
			.param(programmeId)
			.query(UUID.class)
			.list();
		return this.agreements.findAllById(ids)
			.stream()
			.filter((a) -> canSee(viewer, a))
			.sorted(java.util.Comparator.comparing(Agreement::statusChangedOn).reversed())
			.toList();
	}

	public boolean canSee(Viewer viewer, Agreement agreement) {
		return viewer.canSee(agreement.mechanismId(), agreement.visibility(), Set.of());
	}

	long count() {
		return this.agreements.count();
	}

	private void validate(UUID mechanismId, AgreementDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		Checks.title(details.title(), "validation.agreement", errors);
		if (details.type() == null) {
			errors.put("type", "validation.agreement.type");
		}
		if (details.status() == null) {
			errors.put("status", "validation.agreement.status");
		}
		if (details.parties().size() < 2) {
			errors.put("parties", "validation.agreement.parties");
		}
		else if (details.parties().stream().anyMatch((p) -> this.directory.organisation(p).isEmpty())) {
			errors.put("parties", "validation.programme.organisation");
		}
		if (details.status() != null && details.status().isSigned() && details.signedOn() == null) {
			errors.put("signedOn", "validation.agreement.signed");
		}
		if (details.signedOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.signedOn())) {
			errors.put("endsOn", "validation.agreement.end");
		}
		if (!details.programmes().isEmpty() && this.programmes.findAllById(details.programmes())
			.stream()
			.filter((p) -> p.mechanismId().equals(mechanismId))
			.count() != details.programmes().size()) {
			errors.put("programmes", "validation.agreement.programmes");
		}
		Checks.length(details.note(), NOTE_MAX, "note", "validation.agreement.note.long", errors);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
	}

	private static Map<String, Object> changes(Agreement before, Agreement after) {
		return RecordChanged.diff("title", (before != null) ? before.title().values() : null, after.title().values(),
				"type", (before != null) ? before.type() : null, after.type(), "status",
				(before != null) ? before.status() : null, after.status(), "signedOn",
				(before != null) ? before.signedOn() : null, after.signedOn(), "endsOn",
				(before != null) ? before.endsOn() : null, after.endsOn(), "parties",
				(before != null) ? before.parties().toString() : null, after.parties().toString(), "programmes",
				(before != null) ? before.programmes().toString() : null, after.programmes().toString(), "note",
				(before != null) ? before.note() : null, after.note(), "visibility",
				(before != null) ? before.visibility() : null, after.visibility());
	}

}
