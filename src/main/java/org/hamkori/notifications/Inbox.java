package org.hamkori.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import org.hamkori.accounts.Viewers;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.Paging;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications in the app, stored so that every node shows the same: what the event
 * listeners deliver, each reader's unread count, their list, and marking as read.
 * <p>
 * An event notifies each reader once in the whole cluster: the row's unique key is the
 * event's identity and the reader, and a second delivery (a retried listener, another
 * node) is ignored by the database ({@code on conflict do nothing}). A reader is only
 * ever told of a record they may see at the time.
 */
@Service
public class Inbox {

	/** What a notification is about: a record and the page that shows it. */
	public record About(String recordType, UUID recordId, UUID mechanismId, LocalizedText title, String url) {
	}

	private static final String COLUMNS = """
			id, kind, record_type, record_id, message_key, subject, detail, url, created_at, read_at""";

	private static final RowMapper<Notification> ROW = (rs, n) -> new Notification(rs.getObject(1, UUID.class),
			NotificationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
			LocalizedTextColumns.parse(rs.getString(6)), rs.getString(7), rs.getString(8),
			rs.getTimestamp(9).toInstant(), (rs.getTimestamp(10) != null) ? rs.getTimestamp(10).toInstant() : null);

	private final JdbcClient jdbc;

	private final Viewers viewers;

	private final MessageSource messages;

	private final Clock clock;

	Inbox(JdbcClient jdbc, Viewers viewers, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.viewers = viewers;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Notifies one reader, once per event: nothing happens when the reader has had this
	 * event's notification already.
	 * @return whether a notification was stored now
	 */
	@Transactional
	public boolean deliver(UUID userId, NotificationKind kind, String eventKey, About about, String messageKey,
			String detail) {
		return this.jdbc.sql("""
				insert into notification (id, user_id, event_key, kind, record_type, record_id, mechanism_id,
					message_key, subject, detail, url, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(UUID.randomUUID(), userId, eventKey, kind.name(), about.recordType(), about.recordId(),
					about.mechanismId(), messageKey, LocalizedTextColumns.write(about.title()), detail, about.url(),
					Timestamp.from(this.clock.instant()))
			.update() > 0;
	}

	/**
	 * Notifies every account of a directory person that may see the record (by the owning
	 * module's rule, {@code maySee}).
	 * @return whether one of the person's accounts may see it
	 */
	@Transactional
	public boolean deliverToPerson(UUID personId, NotificationKind kind, String eventKey, About about,
			String messageKey, Predicate<Viewer> maySee) {
		boolean any = false;
		for (Viewer reader : this.viewers.viewersOfPerson(personId)) {
			if (maySee.test(reader)) {
				deliver(reader.userId(), kind, eventKey, about, messageKey, null);
				any = true;
			}
		}
		return any;
	}

	@Transactional(readOnly = true)
	public long unread(Viewer reader) {
		if (reader.userId() == null) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
			.param(reader.userId())
			.query(Long.class)
			.single();
	}

	/** One page of the reader's notifications, newest first. */
	@Transactional(readOnly = true)
	public Paging<Notification> page(Viewer reader, int requested) {
		if (reader.userId() == null) {
			return Paging.of(List.of(), 1);
		}
		int total = this.jdbc.sql("select count(*) from notification where user_id = ?")
			.param(reader.userId())
			.query(Integer.class)
			.single();
		int pages = Math.max(1, (total + Paging.SIZE - 1) / Paging.SIZE);
		int page = Math.min(Math.max(requested, 1), pages);
		List<Notification> items = this.jdbc
			.sql("select " + COLUMNS
					+ " from notification where user_id = ? order by created_at desc, id limit ? offset ?")
			.params(reader.userId(), Paging.SIZE, (page - 1) * Paging.SIZE)
			.query(ROW)
			.list();
		return new Paging<>(items, page, pages, total);
	}

	/** The reader's notifications of some kinds since an instant, oldest first. */
	@Transactional(readOnly = true)
	public List<Notification> since(UUID userId, Collection<NotificationKind> kinds, Instant since) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from notification where user_id = :user and kind in (:kinds)"
					+ " and created_at >= :since order by created_at, id")
			.param("user", userId)
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.param("since", Timestamp.from(since))
			.query(ROW)
			.list();
	}

	/** Marks one of the reader's notifications read; another reader's is not found. */
	@Transactional
	public boolean markRead(Viewer reader, UUID id) {
		return this.jdbc.sql("update notification set read_at = ? where id = ? and user_id = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), id, reader.userId())
			.update() > 0
				|| this.jdbc.sql("select count(*) from notification where id = ? and user_id = ?")
					.params(id, reader.userId())
					.query(Long.class)
					.single() > 0;
	}

	@Transactional
	public int markAllRead(Viewer reader) {
		return this.jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), reader.userId())
			.update();
	}

	/** The notification's line in the reader's language. */
	public String title(Notification notification, Locale locale) {
		String detail = (notification.detail() != null)
				? this.messages.getMessage("notifications.step." + notification.detail(), null,
						this.messages.getMessage("notifications.step.other", null, locale), locale)
				: "";
		String type = this.messages.getMessage("notifications.type." + notification.recordType(), null,
				notification.recordType(), locale);
		return this.messages.getMessage(notification.messageKey(),
				new Object[] { notification.subject().in(locale), detail, type }, locale);
	}

}
