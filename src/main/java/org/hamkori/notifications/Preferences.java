package org.hamkori.notifications;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.accounts.Viewers;
import org.hamkori.notifications.NotificationKind.Delivery;
import org.hamkori.shared.security.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each reader's choice, per kind of notification, of how it reaches them besides the app:
 * an e-mail at once, a line of the weekly digest, or nothing. A kind the reader never
 * chose keeps its standard delivery ({@link NotificationKind#standard()}).
 */
@Service
public class Preferences {

	private final JdbcClient jdbc;

	private final Viewers viewers;

	Preferences(JdbcClient jdbc, Viewers viewers) {
		this.jdbc = jdbc;
		this.viewers = viewers;
	}

	/** Every kind with the reader's delivery, in the order of the kinds. */
	@Transactional(readOnly = true)
	public Map<NotificationKind, Delivery> of(Viewer reader) {
		Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			chosen.put(kind, kind.standard());
		}
		if (reader.userId() == null) {
			return chosen;
		}
		this.jdbc.sql("select kind, delivery from notification_preference where user_id = ?")
			.param(reader.userId())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((row) -> chosen.put(NotificationKind.valueOf(row.getKey()), Delivery.valueOf(row.getValue())));
		return chosen;
	}

	public Delivery of(UUID userId, NotificationKind kind) {
		return this.jdbc.sql("select delivery from notification_preference where user_id = ? and kind = ?")
			.params(userId, kind.name())
			.query(String.class)
			.optional()
			.map(Delivery::valueOf)
			.orElse(kind.standard());
	}

	/** Stores the reader's choices; kinds left out keep theirs. */
	@Transactional
	public void save(Viewer reader, Map<NotificationKind, Delivery> choices) {
		if (reader.userId() == null) {
			return;
		}
		choices.forEach((kind, delivery) -> {
			this.jdbc.sql("delete from notification_preference where user_id = ? and kind = ?")
				.params(reader.userId(), kind.name())
				.update();
			if (delivery != kind.standard()) {
				this.jdbc.sql("insert into notification_preference (user_id, kind, delivery) values (?, ?, ?)")
					.params(reader.userId(), kind.name(), delivery.name())
					.update();
			}
		});
	}

	/**
	 * Whether a person is e-mailed at once about this kind: when one of their accounts
	 * wants it so, or when they have no account to choose with (as before notifications
	 * in the app).
	 */
	@Transactional(readOnly = true)
	public boolean emailAtOnce(UUID personId, NotificationKind kind) {
		List<Viewer> accounts = this.viewers.viewersOfPerson(personId);
		return accounts.isEmpty() || accounts.stream().anyMatch((v) -> of(v.userId(), kind) == Delivery.EMAIL);
	}

}
