package org.hamkori.notifications;

import java.time.Instant;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

/**
 * One notification of one reader, as stored: rendered in the reader's language when shown
 * ({@link Inbox#title}), from a message key, the record's multilingual title and a detail
 * (the step's action).
 */
public record Notification(UUID id, NotificationKind kind, String recordType, UUID recordId, String messageKey,
		LocalizedText subject, String detail, String url, Instant createdAt, Instant readAt) {

	public boolean isUnread() {
		return this.readAt == null;
	}

}
