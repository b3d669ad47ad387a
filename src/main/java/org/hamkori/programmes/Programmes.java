package org.hamkori.programmes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules reference programmes (an issue or action that concerns one): only
 * programmes the viewer may see are ever returned, so a reference never leaks a
 * members-only programme to another country.
 */
@Service
@Transactional(readOnly = true)
public class Programmes {

	private final ProgrammeRegister register;

	Programmes(ProgrammeRegister register) {
		this.register = register;
	}

	/** The programme if it exists and the viewer may see it; empty otherwise. */
	public Optional<ProgrammeRef> visible(UUID id, Viewer viewer) {
		return this.register.find(id).filter((p) -> this.register.canSee(viewer, p)).map(Programme::ref);
	}

	/** The programme's period if it exists and the viewer may see it; empty otherwise. */
	public Optional<ProgrammePeriod> period(UUID id, Viewer viewer) {
		return this.register.find(id)
			.filter((p) -> this.register.canSee(viewer, p))
			.map((p) -> new ProgrammePeriod(p.startDate(), p.endDate()));
	}

	/**
	 * The programmes of a mechanism the viewer may see (none for an unknown mechanism).
	 */
	public List<ProgrammeRef> of(UUID mechanismId, Viewer viewer) {
		return this.register.ofMechanism(mechanismId, viewer).stream().map(Programme::ref).toList();
	}

}
