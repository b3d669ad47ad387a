package org.hamkori.notifications;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When someone asks to sit in a mechanism (decision 0040), each person seated today in
 * that mechanism's secretariat finds it under the bell, linked to the list where they
 * decide it, besides the e-mail the accounts module sends. Only readers who manage the
 * mechanism are told; the notice names the address the request came from.
 */
@Component
class AccessRequestNotices {

	private final Directory directory;

	private final Inbox inbox;

	AccessRequestNotices(Directory directory, Inbox inbox) {
		this.directory = directory;
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(RecordChanged change) {
		if (!"access-request".equals(change.recordType()) || !"created".equals(change.action())
				|| change.recordId() == null || change.mechanismId() == null) {
			return;
		}
		UUID mechanismId = change.mechanismId();
		String code = this.directory.mechanism(mechanismId).map((m) -> m.code()).orElse(null);
		if (code == null) {
			return;
		}
		Inbox.About about = new Inbox.About("access-request", change.recordId(), mechanismId,
				LocalizedText.of("en", String.valueOf(change.actor())), "/mechanisms/" + code + "/access-requests");
		String eventKey = "access-request:" + change.recordId();
		Set<UUID> told = new HashSet<>();
		var today = this.directory.today();
		this.directory.membershipsOfMechanism(mechanismId)
			.stream()
			.filter((m) -> m.role() == MembershipRole.SECRETARIAT && m.isActiveOn(today) && told.add(m.personId()))
			.forEach((m) -> this.inbox.deliverToPerson(m.personId(), NotificationKind.ACCESS_REQUEST, eventKey, about,
					"notifications.message.accessRequest", (v) -> v.canManage(mechanismId)));
	}

}
