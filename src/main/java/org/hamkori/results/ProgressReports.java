package org.hamkori.results;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's semi-annual progress reports, circulated as minutes are: the programme's
 * editors (as for its results framework) draft one per half-year and circulate it, and
 * its programme manager (or an admin) finalises it, after which it is read-only; while it
 * is circulated every signed-in reader who may see the programme adds comments. Whoever
 * may see the programme reads its reports. Every step is audited in the programme's
 * mechanism.
 */
@Service
@Transactional
public class ProgressReports {

	static final int TEXT_MAX = 20000;

	static final int COMMENT_MAX = 4000;

	private final ProgressReportRepository reports;

	private final ResultsFramework framework;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgressReports(ProgressReportRepository reports, ResultsFramework framework, ApplicationEventPublisher events,
			Clock clock) {
		this.reports = reports;
		this.framework = framework;
		this.events = events;
		this.clock = clock;
	}

	/** The programme's reports, latest period first. */
	@Transactional(readOnly = true)
	public List<ProgressReport> reports(UUID programmeId, Viewer viewer) {
		this.framework.programme(programmeId, viewer);
		return this.reports.findByProgrammeIdOrderByPeriodDesc(programmeId);
	}

	@Transactional(readOnly = true)
	public ProgressReport report(UUID id, Viewer viewer) {
		ProgressReport report = this.reports.findById(id).orElseThrow(NotFoundException::new);
		this.framework.programme(report.programmeId(), viewer);
		return report;
	}

	/**
	 * Whether the viewer may read the report (its programme's rule); unlike
	 * {@link #report}, it never throws, so a listener's transaction is not spoilt.
	 */
	@Transactional(readOnly = true)
	public boolean canRead(UUID reportId, Viewer viewer) {
		return this.reports.findById(reportId)
			.map((report) -> this.framework.canSee(report.programmeId(), viewer))
			.orElse(false);
	}

	/** Whether the viewer may draft, circulate and finalise the programme's reports. */
	public boolean canEdit(ProgressReport report, Viewer viewer) {
		return this.framework.canEdit(this.framework.programme(report.programmeId(), viewer), viewer);
	}

	/**
	 * Whether the viewer may finalise the programme's reports: its programme manager (see
	 * {@link Viewer#managesProgramme}) or an admin, not the secretariat that drafts them.
	 */
	public boolean canFinalise(ProgressReport report, Viewer viewer) {
		ProgrammeRef programme = this.framework.programme(report.programmeId(), viewer);
		return viewer.managesProgramme(programme.mechanismId(), programme.implementerId());
	}

	/**
	 * Whether the viewer may comment now: the report is circulated and they signed in.
	 */
	public boolean canComment(ProgressReport report, Viewer viewer) {
		return report.state() == ReportState.CIRCULATED && viewer.isAuthenticated();
	}

	/** A new draft for a half-year ({@code 2025-H1}) that has no report yet. */
	public ProgressReport create(UUID programmeId, String period, Viewer by) {
		ProgrammeRef programme = this.framework.editable(programmeId, by);
		ResultPeriod parsed = ResultPeriod.parse(period).orElse(null);
		if (parsed == null || parsed.wholeYear()) {
			throw new RuleViolation("period", "validation.report.period");
		}
		if (this.reports.existsByProgrammeIdAndPeriod(programmeId, parsed.toString())) {
			throw new RuleViolation("period", "validation.report.period.taken");
		}
		ProgressReport created = this.reports
			.save(new ProgressReport(UUID.randomUUID(), programmeId, parsed.toString(), ReportState.DRAFT, null, null,
					null, null, by.actor(), this.clock.instant(), null, null, List.of(), null));
		audit(by, programme, created.id(), "created", Map.of("period", created.period()));
		return created;
	}

	/** New narratives; refused once the report is final. */
	public ProgressReport edit(UUID id, ProgressReport.Narrative narrative, Long version, Viewer by) {
		ProgressReport before = this.reports.findById(id).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = this.framework.editable(before.programmeId(), by);
		open(before);
		Map<String, String> errors = new LinkedHashMap<>();
		tooLong(errors, "summary", narrative.summary());
		tooLong(errors, "results", narrative.results());
		tooLong(errors, "activities", narrative.activities());
		tooLong(errors, "risks", narrative.risks());
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		ProgressReport after = this.reports.save(before.with(before.state(), narrative, before.comments(), null, null,
				(version != null) ? version : before.version()));
		audit(by, programme, id, "updated", Map.of("period", after.period()));
		return after;
	}

	/** A draft sent round for comments. */
	public ProgressReport circulate(UUID id, Viewer by) {
		ProgressReport circulated = move(id, ReportState.DRAFT, ReportState.CIRCULATED, by);
		ProgrammeRef programme = this.framework.programme(circulated.programmeId(), by);
		this.events.publishEvent(new ProgressReportCirculated(id, programme.id(), programme.mechanismId(),
				circulated.period(), programme.title().values()));
		return circulated;
	}

	/**
	 * A circulated report made final and read-only; {@link ReportPapers#finalise} freezes
	 * it.
	 */
	ProgressReport finalise(UUID id, Viewer by) {
		return move(id, ReportState.CIRCULATED, ReportState.FINAL, by);
	}

	/** The programme of a report, when the viewer may take it to the next state. */
	private ProgrammeRef mover(ProgressReport report, ReportState to, Viewer by) {
		if (to != ReportState.FINAL) {
			return this.framework.editable(report.programmeId(), by);
		}
		ProgrammeRef programme = this.framework.programme(report.programmeId(), by);
		if (!by.managesProgramme(programme.mechanismId(), programme.implementerId())) {
			throw new ForbiddenException();
		}
		return programme;
	}

	/**
	 * A comment by a signed-in reader of the programme, while the report is circulated.
	 */
	public ProgressReport comment(UUID id, String body, Viewer by) {
		ProgressReport before = report(id, by);
		if (!by.isAuthenticated()) {
			throw new ForbiddenException();
		}
		if (before.state() != ReportState.CIRCULATED) {
			throw new RuleViolation("body", "validation.report.comment.closed");
		}
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty()) {
			throw new RuleViolation("body", "validation.report.comment");
		}
		if (text.length() > COMMENT_MAX) {
			throw new RuleViolation("body", "validation.report.comment.long");
		}
		List<ProgressReport.Comment> comments = new ArrayList<>(before.comments());
		comments.add(new ProgressReport.Comment(by.actor(), text, this.clock.instant()));
		ProgressReport after = this.reports.save(before.with(before.state(), before.narrative(), comments,
				before.finalisedBy(), before.finalisedAt(), before.version()));
		audit(by, this.framework.programme(before.programmeId(), by), id, "commented",
				Map.of("period", after.period()));
		return after;
	}

	private ProgressReport move(UUID id, ReportState from, ReportState to, Viewer by) {
		ProgressReport before = this.reports.findById(id).orElseThrow(NotFoundException::new);
		ProgrammeRef programme = mover(before, to, by);
		open(before);
		if (before.state() != from) {
			throw new RuleViolation("state", "validation.report.state");
		}
		boolean finals = to == ReportState.FINAL;
		ProgressReport after = this.reports.save(before.with(to, before.narrative(), before.comments(),
				finals ? by.actor() : null, finals ? this.clock.instant() : null, before.version()));
		audit(by, programme, id, to.name().toLowerCase(java.util.Locale.ROOT),
				Map.of("period", after.period(), "state", to.name()));
		return after;
	}

	private static void open(ProgressReport report) {
		if (report.state() == ReportState.FINAL) {
			throw new RuleViolation("state", "validation.report.final");
		}
	}

	private static void tooLong(Map<String, String> errors, String field, String text) {
		if (text != null && text.length() > TEXT_MAX) {
			errors.put(field, "validation.report.text.long");
		}
	}

	private void audit(Viewer by, ProgrammeRef programme, UUID id, String action, Map<String, Object> changes) {
		this.events.publishEvent(
				new RecordChanged(by.actor(), programme.mechanismId(), "progress_report", id, action, changes));
	}

}
