package org.hamkori.issues;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * An issue's life from being raised to being closed: members raise issues for their
 * institution; the secretariat corrects them, moves them along their lifecycle and links
 * evidence. Every step is kept on the issue's timeline and audited in the same
 * transaction.
 */
@Service
@Transactional
public class IssueLifecycle {

	private final IssueRegister register;

	private final IssueRepository issues;

	private final IssueLinkRepository links;

	private final LinkedRecords linkedRecords;

	private final Directory directory;

	private final Meetings meetings;

	private final JdbcAggregateTemplate aggregates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IssueLifecycle(IssueRegister register, IssueRepository issues, IssueLinkRepository links,
			LinkedRecords linkedRecords, Directory directory, Meetings meetings, JdbcAggregateTemplate aggregates,
			ApplicationEventPublisher events, Clock clock) {
		this.register = register;
		this.issues = issues;
		this.links = links;
		this.linkedRecords = linkedRecords;
		this.directory = directory;
		this.meetings = meetings;
		this.aggregates = aggregates;
		this.events = events;
		this.clock = clock;
	}

	public Issue raise(Viewer viewer, String mechanismCode, IssueForm form) {
		Mechanism mechanism = this.directory.mechanismOrThrow(mechanismCode);
		if (!viewer.admin() && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		String title = blankToNull(form.title());
		if (title == null || title.length() > 300) {
			throw new RuleViolation("title", "validation.issue.title");
		}
		String description = (form.description() != null) ? form.description().strip() : "";
		if (description.length() > 8000) {
			throw new RuleViolation("description", "validation.issue.description");
		}
		if (form.raisedBy() == null || !this.register.memberInstitutions(mechanism.id()).contains(form.raisedBy())) {
			throw new RuleViolation("raisedBy", "validation.issue.raisedBy");
		}
		if (!viewer.canManage(mechanism.id()) && !viewer.represents(mechanism.id(), form.raisedBy())) {
			throw new RuleViolation("raisedBy", "validation.issue.ownInstitution");
		}
		List<Integer> gcm = checkedGcm(form.gcmObjectives());
		List<String> mgi = checkedMgi(form.mgiDomains());
		if (form.raisedAtMeeting() != null) {
			Meeting meeting = this.meetings.visible(viewer, form.raisedAtMeeting());
			if (!meeting.mechanismId().equals(mechanism.id())) {
				throw new RuleViolation("raisedAtMeeting", "validation.required");
			}
		}
		String language = (form.language() != null) ? form.language() : "en";
		var now = this.clock.instant();
		Issue issue = this.aggregates
			.insert(new Issue(UUID.randomUUID(), mechanism.id(), LocalizedText.of(Map.of(language, title)),
					LocalizedText.of(description.isEmpty() ? Map.of() : Map.of(language, description)), form.raisedBy(),
					form.raisedAtMeeting(), joinGcm(gcm), joinMgi(mgi), blankToNull(form.affectedGroups()),
					IssueStatus.RAISED, (form.visibility() != null) ? form.visibility() : Visibility.MEMBERS, null, now,
					now, 0));
		step(viewer, issue, IssueStatus.RAISED, null);
		if (form.raisedAtMeeting() != null) {
			this.aggregates.insert(new IssueLink(UUID.randomUUID(), issue.id(), IssueLink.Kind.MEETING,
					form.raisedAtMeeting(), viewer.actor(), now));
		}
		audit(viewer, issue, "issue", issue.id(), "raised", RecordChanged.diff("title", null, title));
		return issue;
	}

	/**
	 * The secretariat corrects an issue or adds its title and description in another
	 * language (other languages are kept). {@code version} is what the editor started
	 * from; a stale one fails with an optimistic locking exception and stores nothing.
	 */
	public Issue edit(Viewer viewer, UUID issueId, String language, String title, String description,
			List<Integer> gcmObjectives, List<String> mgiDomains, String affectedGroups, Integer version) {
		Issue before = this.register.managed(viewer, issueId);
		String text = blankToNull(title);
		if (text == null || text.length() > 300) {
			throw new RuleViolation("title", "validation.issue.title");
		}
		String body = (description != null) ? description.strip() : "";
		if (body.length() > 8000) {
			throw new RuleViolation("description", "validation.issue.description");
		}
		List<Integer> gcm = checkedGcm(gcmObjectives);
		List<String> mgi = checkedMgi(mgiDomains);
		String lang = (language != null) ? language : "en";
		Map<String, String> titles = new LinkedHashMap<>(before.title().values());
		titles.put(lang, text);
		Map<String, String> descriptions = new LinkedHashMap<>(before.description().values());
		if (body.isEmpty()) {
			descriptions.remove(lang);
		}
		else {
			descriptions.put(lang, body);
		}
		Issue after = this.issues.save(new Issue(before.id(), before.mechanismId(), LocalizedText.of(titles),
				LocalizedText.of(descriptions), before.raisedBy(), before.raisedAtMeeting(), joinGcm(gcm), joinMgi(mgi),
				blankToNull(affectedGroups), before.status(), before.visibility(), before.incomingFrom(),
				before.createdAt(), this.clock.instant(), (version != null) ? version : before.version()));
		audit(viewer, after, "issue", after.id(), "updated",
				RecordChanged.diff("title", before.title().values(), after.title().values(), "gcm",
						before.gcmObjectives(), after.gcmObjectives(), "mgi", before.mgiDomains(), after.mgiDomains()));
		return after;
	}

	/**
	 * A step along the lifecycle, by the mechanism's secretariat; closing needs a reason.
	 */
	public Issue move(Viewer viewer, UUID issueId, IssueStatus target, String note, Integer version) {
		Issue before = this.register.managed(viewer, issueId);
		if (target == IssueStatus.ESCALATED) {
			throw new RuleViolation("status", "issue.error.escalateThere");
		}
		if (!before.status().canMoveTo(target)) {
			throw new RuleViolation("status", "issue.error.transition");
		}
		String reason = blankToNull(note);
		if (target.needsReason() && reason == null) {
			throw new RuleViolation("note", "issue.error.reason");
		}
		return moveTo(viewer, before, target, reason, version);
	}

	Issue moveTo(Viewer viewer, Issue before, IssueStatus target, String note, Integer version) {
		Issue after = this.issues.save(new Issue(before.id(), before.mechanismId(), before.title(),
				before.description(), before.raisedBy(), before.raisedAtMeeting(), before.gcmObjectives(),
				before.mgiDomains(), before.affectedGroups(), target, before.visibility(), before.incomingFrom(),
				before.createdAt(), this.clock.instant(), (version != null) ? version : before.version()));
		step(viewer, after, target, note);
		audit(viewer, after, "issue", after.id(), "moved", RecordChanged.diff("status", before.status(), target));
		return after;
	}

	/**
	 * Links evidence the viewer can see; anything else is refused without saying what it
	 * was.
	 */
	public IssueLink link(Viewer viewer, UUID issueId, IssueLink.Kind kind, UUID target) {
		Issue issue = this.register.managed(viewer, issueId);
		if (target == null || !this.linkedRecords.isVisible(viewer, kind, target)) {
			throw new RuleViolation("target", "issue.error.linkTarget");
		}
		if (this.links.findByIssueId(issueId)
			.stream()
			.anyMatch((l) -> l.kind() == kind && l.targetId().equals(target))) {
			throw new RuleViolation("target", "issue.error.linkTwice");
		}
		IssueLink link = this.aggregates
			.insert(new IssueLink(UUID.randomUUID(), issueId, kind, target, viewer.actor(), this.clock.instant()));
		audit(viewer, issue, "issue-link", link.id(), "created", RecordChanged.diff("kind", null, kind));
		return link;
	}

	void step(Viewer viewer, Issue issue, IssueStatus status, String note) {
		this.aggregates
			.insert(new IssueStep(UUID.randomUUID(), issue.id(), status, note, viewer.actor(), this.clock.instant()));
	}

	void audit(Viewer viewer, Issue issue, String type, UUID id, String action, Map<String, Object> changes) {
		this.events.publishEvent(new RecordChanged(viewer.actor(), issue.mechanismId(), type, id, action, changes));
	}

	private static List<Integer> checkedGcm(List<Integer> objectives) {
		List<Integer> gcm = (objectives != null) ? objectives : List.of();
		if (gcm.stream().anyMatch((g) -> g == null || g < 1 || g > 23)) {
			throw new RuleViolation("gcmObjectives", "validation.issue.gcm");
		}
		return gcm;
	}

	private static List<String> checkedMgi(List<String> domains) {
		List<String> mgi = (domains != null) ? domains : List.of();
		if (!IssueForm.MGI_DOMAINS.containsAll(mgi)) {
			throw new RuleViolation("mgiDomains", "validation.issue.mgi");
		}
		return mgi;
	}

	private static String joinGcm(List<Integer> gcm) {
		return String.join(",", gcm.stream().distinct().sorted().map(String::valueOf).toList());
	}

	private static String joinMgi(List<String> mgi) {
		return String.join(",", mgi.stream().distinct().toList());
	}

}
