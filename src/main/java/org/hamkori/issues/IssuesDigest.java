package org.hamkori.issues;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.digest.DigestItem;
import org.hamkori.shared.digest.DigestSection;
import org.hamkori.shared.digest.DigestSource;
import org.hamkori.shared.security.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issues' lines of the weekly digest: issues raised since the last digest in the
 * mechanisms the reader sits in (and, for the RCM's members, issues newly escalated to
 * it), as far as the reader may see them; and, for a mechanism's secretariat, regional
 * recommendations still waiting for its answer.
 */
@Component
class IssuesDigest implements DigestSource {

	private final IssueRegister register;

	private final IssueRepository issues;

	private final EscalationRepository escalations;

	private final RegionalLoop loop;

	private final Directory directory;

	private final MessageSource messages;

	IssuesDigest(IssueRegister register, IssueRepository issues, EscalationRepository escalations, RegionalLoop loop,
			Directory directory, MessageSource messages) {
		this.register = register;
		this.issues = issues;
		this.escalations = escalations;
		this.loop = loop;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DigestItem> itemsFor(Viewer reader, Locale locale, Instant since) {
		Map<UUID, Mechanism> mechanisms = this.directory.mechanismsById();
		List<DigestItem> items = new ArrayList<>();
		for (UUID mechanismId : reader.mechanismIds()) {
			String code = mechanisms.get(mechanismId).code();
			for (Issue issue : this.issues.findByMechanismId(mechanismId)) {
				if (issue.createdAt().isAfter(since) && this.register.canSee(reader, issue)) {
					items
						.add(new DigestItem(DigestSection.NEW_ISSUES,
								this.messages.getMessage("digest.issue.new",
										new Object[] { code, issue.title().in(locale) }, locale),
								"/issues/" + issue.id()));
				}
			}
			if (reader.canManage(mechanismId)) {
				for (IncomingItem waiting : this.loop.waiting(mechanismId)) {
					this.issues.findById(waiting.issueId())
						.ifPresent((issue) -> items.add(new DigestItem(DigestSection.AWAITING_ANSWER,
								this.messages.getMessage("digest.issue.waiting",
										new Object[] { code, issue.title().in(locale) }, locale),
								"/issues/" + issue.id())));
				}
			}
		}
		if (this.register.isRegionalMember(reader)) {
			for (Escalation e : this.escalations.findAllLatestFirst()) {
				if (e.escalatedAt().isAfter(since)) {
					this.issues.findById(e.issueId())
						.ifPresent(
								(issue) -> items
									.add(new DigestItem(DigestSection.NEW_ISSUES,
											this.messages.getMessage("digest.issue.escalated",
													new Object[] { mechanisms.get(e.fromMechanism()).code(),
															issue.title().in(locale) },
													locale),
											"/issues/" + issue.id())));
				}
			}
		}
		return items;
	}

}
