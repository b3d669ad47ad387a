package org.hamkori.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of programmes: the secretariat of a mechanism records and edits them,
 * everyone reads what its visibility allows. Every change is checked, saved with
 * optimistic locking and audited in the same transaction.
 */
@Service
@Transactional
public class ProgrammeRegister {

	static final int DESCRIPTION_MAX = 4000;

	private final ProgrammeRepository programmes;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgrammeRegister(ProgrammeRepository programmes, Directory directory, ApplicationEventPublisher events,
			Clock clock) {
		this.programmes = programmes;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a programme; only the mechanism's secretariat (or an admin) may.
	 * @throws RuleViolation with message keys; nothing is stored then
	 */
	public Programme create(UUID mechanismId, ProgrammeDetails details, Viewer by) {
		Checks.knownMechanism(this.directory, mechanismId);
		Checks.requireManager(by, mechanismId);
		validate(details);
		Programme created = this.programmes.save(Programme.create(mechanismId, details, this.clock.instant()));
		this.events.publishEvent(new RecordChanged(by.actor(), mechanismId, "programme", created.id(), "created",
				changes(null, created)));
		return created;
	}

	/**
	 * Changes a programme. The version is the one the editor read; a stale one fails with
	 * {@link org.springframework.dao.OptimisticLockingFailureException}.
	 */
	public Programme update(UUID id, ProgrammeDetails details, Long version, Viewer by) {
		Programme before = visible(id, by);
		if (!by.canManage(before.mechanismId())) {
			throw new ForbiddenException();
		}
		validate(details);
		Programme after = this.programmes
			.save(before.change(details, this.clock.instant(), (version != null) ? version : before.version()));
		Map<String, Object> changes = changes(before, after);
		this.events
			.publishEvent(new RecordChanged(by.actor(), before.mechanismId(), "programme", id, "updated", changes));
		return after;
	}

	/** Demo data: a programme without a viewer and without an audit row. */
	public Programme createForDemo(UUID mechanismId, ProgrammeDetails details) {
		Checks.knownMechanism(this.directory, mechanismId);
		validate(details);
		return this.programmes.save(Programme.create(mechanismId, details, this.clock.instant()));
	}

	/**
	 * The programme if the viewer may see it; 404 otherwise, whether it exists or not.
	 */
	@Transactional(readOnly = true)
	public Programme visible(UUID id, Viewer viewer) {
		return find(id).filter((p) -> canSee(viewer, p)).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Programme> find(UUID id) {
		return (id != null) ? this.programmes.findById(id) : Optional.empty();
	}

	/** The programmes of a mechanism the viewer may see, latest start first. */
	@Transactional(readOnly = true)
	public List<Programme> ofMechanism(UUID mechanismId, Viewer viewer) {
		return this.programmes.findByMechanismIdOrderByStartDateDesc(mechanismId)
			.stream()
			.filter((p) -> canSee(viewer, p))
			.toList();
	}

	/** Programmes by id, only those the viewer may see. */
	@Transactional(readOnly = true)
	public List<Programme> visibleAmong(Set<UUID> ids, Viewer viewer) {
		return this.programmes.findAllById(ids).stream().filter((p) -> canSee(viewer, p)).toList();
	}

	public boolean canSee(Viewer viewer, Programme programme) {
		return viewer.canSee(programme.mechanismId(), programme.visibility(), Set.of());
	}

	public LocalDate today() {
		return this.directory.today();
	}

	long count() {
		return this.programmes.count();
	}

	private void validate(ProgrammeDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		Checks.title(details.title(), "validation.programme", errors);
		if (details.implementerId() == null) {
			errors.put("implementerId", "validation.programme.implementer");
		}
		else if (this.directory.organisation(details.implementerId()).isEmpty()) {
			errors.put("implementerId", "validation.programme.organisation");
		}
		if (details.donorId() != null && this.directory.organisation(details.donorId()).isEmpty()) {
			errors.put("donorId", "validation.programme.organisation");
		}
		if (details.startDate() == null) {
			errors.put("startDate", "validation.programme.start");
		}
		else if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
			errors.put("endDate", "validation.programme.end");
		}
		if (details.themes().isEmpty()) {
			errors.put("themes", "validation.programme.themes");
		}
		Checks.length(details.description(), DESCRIPTION_MAX, "description", "validation.programme.description.long",
				errors);
		Checks.length(details.regions(), 500, "regions", "validation.programme.regions.long", errors);
		Checks.length(details.contactName(), 200, "contactName", "validation.programme.contact.long", errors);
		if (details.contactEmail() != null && !Checks.isEmail(details.contactEmail())) {
			errors.put("contactEmail", "validation.email");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
	}

	private static Map<String, Object> changes(Programme before, Programme after) {
		ProgrammeDetails b = (before != null) ? before.details() : null;
		ProgrammeDetails a = after.details();
		Map<String, Object> changes = RecordChanged.diff("title", (b != null) ? b.title().values() : null,
				a.title().values(), "implementer", (b != null) ? b.implementerId() : null, a.implementerId(), "donor",
				(b != null) ? b.donorId() : null, a.donorId(), "startDate", (b != null) ? b.startDate() : null,
				a.startDate(), "endDate", (b != null) ? b.endDate() : null, a.endDate(), "themes",
				(b != null) ? b.themes().toString() : null, a.themes().toString(), "regions",
				(b != null) ? b.regions() : null, a.regions(), "budget", (b != null) ? b.budget() : null, a.budget(),
				"contact", (b != null) ? b.contactName() + " " + b.contactEmail() : null,
				a.contactName() + " " + a.contactEmail(), "visibility", (b != null) ? b.visibility() : null,
				a.visibility(), "description", (b != null) ? b.description() : null, a.description());
		return changes;
	}

}
