package org.hamkori.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.hamkori.notifications.NotificationKind.Delivery;
import org.hamkori.shared.digest.DigestItem;
import org.hamkori.shared.digest.DigestSection;
import org.hamkori.shared.digest.DigestSource;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * The weekly digest's lines of the notifications a reader chose to read there: those of
 * the past week, of every kind set to {@link Delivery#DIGEST}. A followed record the
 * reader may no longer see is left out.
 */
@Component
class NotificationsDigest implements DigestSource {

	private final Inbox inbox;

	private final Preferences preferences;

	private final FollowedRecords records;

	NotificationsDigest(Inbox inbox, Preferences preferences, FollowedRecords records) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.records = records;
	}

	@Override
	public List<DigestItem> itemsFor(Viewer reader, Locale locale, Instant since) {
		if (reader.userId() == null) {
			return List.of();
		}
		List<NotificationKind> kinds = this.preferences.of(reader)
			.entrySet()
			.stream()
			.filter((e) -> e.getValue() == Delivery.DIGEST)
			.map(java.util.Map.Entry::getKey)
			.toList();
		return this.inbox.since(reader.userId(), kinds, since)
			.stream()
			.filter((n) -> FollowedRecords.Type.of(n.recordType())
				.map((type) -> this.records.seen(reader, type, n.recordId()).isPresent())
				.orElse(true))
			.map((n) -> new DigestItem(DigestSection.NOTIFICATIONS, this.inbox.title(n, locale), n.url()))
			.toList();
	}

}
