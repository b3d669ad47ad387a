package org.hamkori.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamkori.reporting.ImportReport.Problem;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ConflictException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One step of the report workflow (submit, approve, return, release, accept) taken on
 * many reports at once, all or nothing: each report goes through the same front door and
 * checks as one taken alone, in one transaction; if any of them is refused, none is
 * changed and every refusal is named, by report. Back-filling years of history is one
 * request per step, not one per report.
 */
@Service
public class ReportBatches {

	/** The most reports one request may move. */
	public static final int MAX_REPORTS = 1000;

	/** A workflow step. */
	public enum Action {

		SUBMIT, APPROVE, RETURN, RELEASE, ACCEPT

	}

	/**
	 * A report to move, with the version the caller read (null: whatever it is now).
	 */
	public record Item(UUID submissionId, Long version) {
	}

	private final Submissions submissions;

	ReportBatches(Submissions submissions) {
		this.submissions = submissions;
	}

	/**
	 * Takes the step on every report, or on none. Refusals are thrown together as one
	 * {@link RuleViolation} whose problems name the report (the field is its id), a
	 * message key and its arguments.
	 * @return the reports moved, in the order given
	 */
	@Transactional
	public List<UUID> apply(Action action, List<Item> items, String comment, Viewer viewer) {
		if (items == null || items.isEmpty()) {
			throw RuleViolation.of("data.batch.empty");
		}
		if (items.size() > MAX_REPORTS) {
			throw RuleViolation.of("data.batch.too-many", MAX_REPORTS);
		}
		List<RuleViolation.Problem> refused = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		List<UUID> moved = new ArrayList<>();
		for (Item item : items) {
			UUID id = item.submissionId();
			if (id == null || !seen.add(id)) {
				refused.add(new RuleViolation.Problem(String.valueOf(id), "data.batch.duplicate"));
				continue;
			}
			try {
				step(action, id, item.version(), comment, viewer, refused);
				moved.add(id);
			}
			catch (RuleViolation ex) {
				ex.problems()
					.forEach((p) -> refused
						.add(new RuleViolation.Problem(id.toString(), p.messageKey(), p.arguments())));
			}
			catch (NotFoundException ex) {
				refused.add(new RuleViolation.Problem(id.toString(), "data.batch.not-found"));
			}
			catch (ConflictException ex) {
				refused.add(new RuleViolation.Problem(id.toString(), "data.batch.changed"));
			}
		}
		if (!refused.isEmpty()) {
			// the reports moved so far are rolled back with this transaction
			throw new RuleViolation(refused);
		}
		return moved;
	}

	private void step(Action action, UUID id, Long version, String comment, Viewer viewer,
			List<RuleViolation.Problem> refused) {
		switch (action) {
			case SUBMIT -> {
				List<Problem> problems = this.submissions.submit(id, version(id, version), viewer);
				problems.stream()
					.filter(Problem::isError)
					.forEach((p) -> refused
						.add(new RuleViolation.Problem(id.toString(), p.key(), p.arguments().toArray())));
			}
			case APPROVE -> this.submissions.approve(id, version(id, version), viewer);
			case RETURN -> this.submissions.giveBack(id, version(id, version), comment, viewer);
			case RELEASE -> this.submissions.release(id, viewer);
			case ACCEPT -> this.submissions.acceptRegionally(id, viewer);
		}
	}

	private long version(UUID id, Long version) {
		if (version != null) {
			return version;
		}
		return this.submissions.find(id).orElseThrow(NotFoundException::new).version();
	}

}
