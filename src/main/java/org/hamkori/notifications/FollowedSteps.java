package org.hamkori.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.hamkori.accounts.Viewers;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Person;
import org.hamkori.notifications.FollowedRecords.Type;
import org.hamkori.notifications.NotificationKind.Delivery;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Digests;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the followers of a record of each step: every change audited on an issue, a
 * meeting, a data set, an action or a document ({@link RecordChanged}, published by the
 * owning modules in the change's transaction) notifies, after commit, each user who
 * follows it and each current member of an institution that follows it, when they may
 * still see the record; a follower who lost access is no longer told. Whoever made the
 * change is not told of it. Those who chose e-mail for followed records also get one.
 * <p>
 * The step's identity is the record, the actor, the action and the changes as JSON, which
 * is the same when the event is read back from the publication registry for a retry; the
 * unique row per step and reader does the rest.
 */
@Component
class FollowedSteps {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Follows follows;

	private final FollowedRecords records;

	private final Inbox inbox;

	private final Viewers viewers;

	private final Preferences preferences;

	private final Directory directory;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	FollowedSteps(Follows follows, FollowedRecords records, Inbox inbox, Viewers viewers, Preferences preferences,
			Directory directory, Mailer mailer, MessageSource messages, HamkoriSettings settings) {
		this.follows = follows;
		this.records = records;
		this.inbox = inbox;
		this.viewers = viewers;
		this.preferences = preferences;
		this.directory = directory;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
	}

	@ApplicationModuleListener
	void on(RecordChanged change) {
		Type type = Type.of(change.recordType()).orElse(null);
		if (type == null || change.recordId() == null) {
			return;
		}
		Follows.Followers followers = this.follows.followers(type, change.recordId());
		if (followers.users().isEmpty() && followers.organisations().isEmpty()) {
			return;
		}
		String eventKey = "step:" + type.code() + ":" + change.recordId() + ":"
				+ Digests.sha256Hex(JSON.writeValueAsString(List.of(String.valueOf(change.actor()),
						String.valueOf(change.action()), new LinkedHashMap<>(change.changes()))));
		Map<UUID, Viewer> readers = new LinkedHashMap<>();
		for (UUID userId : followers.users()) {
			this.viewers.currentViewer(userId).ifPresent((v) -> readers.putIfAbsent(v.userId(), v));
		}
		for (UUID organisationId : followers.organisations()) {
			for (UUID personId : this.follows.currentMembers(organisationId)) {
				this.viewers.viewersOfPerson(personId).forEach((v) -> readers.putIfAbsent(v.userId(), v));
			}
		}
		String detail = detail(change.action());
		for (Viewer reader : readers.values()) {
			if (reader.username().equalsIgnoreCase(String.valueOf(change.actor()))) {
				continue;
			}
			var seen = this.records.seen(reader, type, change.recordId());
			if (seen.isEmpty()) {
				continue;
			}
			boolean stored = this.inbox.deliver(reader.userId(), NotificationKind.FOLLOWED, eventKey, seen.get(),
					"notifications.message.step", detail);
			if (stored && this.preferences.of(reader.userId(), NotificationKind.FOLLOWED) == Delivery.EMAIL) {
				mail(reader, seen.get(), detail);
			}
		}
	}

	/** The step's action as a message key's last part: letters, digits and dashes. */
	private static String detail(String action) {
		String cleaned = (action != null) ? action.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "") : "";
		return cleaned.isEmpty() ? "other" : cleaned.substring(0, Math.min(cleaned.length(), 60));
	}

	private void mail(Viewer reader, Inbox.About record, String detail) {
		Person person = (reader.personId() != null) ? this.directory.person(reader.personId()).orElse(null) : null;
		if (person == null || person.email() == null || person.email().isBlank()) {
			return;
		}
		Locale locale = Locale
			.forLanguageTag(Languages.isSupported(person.preferredLanguage()) ? person.preferredLanguage() : "ru");
		String title = record.title().in(locale);
		String step = this.messages.getMessage("notifications.step." + detail, null,
				this.messages.getMessage("notifications.step.other", null, locale), locale);
		this.mailer
			.send(person.email(),
					this.messages.getMessage("mail.followed.subject", new Object[] { title, step }, locale),
					this.messages.getMessage("mail.followed.text",
							new Object[] { person.fullName(), title, step, this.baseUrl + record.url() }, locale),
					null);
	}

}
