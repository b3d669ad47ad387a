package org.hamkori.notifications;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamkori.accounts.Viewers;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Person;
import org.hamkori.results.ProgressReportCirculated;
import org.hamkori.results.ProgressReports;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a programme's progress report is circulated, every person seated in the
 * programme's mechanism (the partners asked to comment) is told, in their own language,
 * where to read it and comment, as minutes are circulated: in the app when they may see
 * the programme, and by e-mail unless they chose the digest or the app only.
 */
@Component
class ProgressReportCirculationMails {

	private final Directory directory;

	private final MessageSource messages;

	private final Mailer mailer;

	private final String baseUrl;

	private final ProgressReports reports;

	private final Inbox inbox;

	private final Preferences preferences;

	private final Viewers viewers;

	ProgressReportCirculationMails(Directory directory, MessageSource messages, Mailer mailer, HamkoriSettings settings,
			ProgressReports reports, Inbox inbox, Preferences preferences, Viewers viewers) {
		this.viewers = viewers;
		this.reports = reports;
		this.inbox = inbox;
		this.preferences = preferences;
		this.directory = directory;
		this.messages = messages;
		this.mailer = mailer;
		this.baseUrl = settings.baseUrl();
	}

	@ApplicationModuleListener
	void on(ProgressReportCirculated event) {
		LocalizedText programme = LocalizedText.of(event.programmeTitle());
		Set<UUID> told = new HashSet<>();
		var today = this.directory.today();
		Map<String, String> titled = new LinkedHashMap<>();
		event.programmeTitle().forEach((language, text) -> titled.put(language, text + " (" + event.period() + ")"));
		String url = "/results/reports/" + event.reportId();
		Inbox.About about = new Inbox.About("progress-report", event.reportId(), event.mechanismId(),
				LocalizedText.of(titled), url);
		String eventKey = "progress-report:" + event.reportId() + ":circulated";
		for (Membership seat : this.directory.membershipsOfMechanism(event.mechanismId())) {
			if (!seat.isActiveOn(today) || !told.add(seat.personId())) {
				continue;
			}
			boolean seen = this.inbox.deliverToPerson(seat.personId(), NotificationKind.PROGRESS_REPORT, eventKey,
					about, "notifications.message.progressReport", (v) -> maySee(event, v));
			// a person without an account is mailed only a report anyone may read
			boolean mailable = seen
					|| (this.viewers.viewersOfPerson(seat.personId()).isEmpty() && maySee(event, Viewer.anonymous()));
			if (!mailable || !this.preferences.emailAtOnce(seat.personId(), NotificationKind.PROGRESS_REPORT)) {
				continue;
			}
			Person person = this.directory.person(seat.personId()).orElse(null);
			if (person == null || person.email() == null) {
				continue;
			}
			Locale locale = Locale
				.forLanguageTag(Languages.isSupported(person.preferredLanguage()) ? person.preferredLanguage() : "en");
			String title = programme.in(locale);
			this.mailer.send(person.email(),
					this.messages.getMessage("mail.progressReport.subject", new Object[] { event.period(), title },
							locale),
					this.messages.getMessage("mail.progressReport.text",
							new Object[] { person.fullName(), event.period(), title, this.baseUrl + url }, locale),
					null);
		}
	}

	/** Whether the reader may see the report, that is its programme. */
	private boolean maySee(ProgressReportCirculated event, Viewer reader) {
		return this.reports.canRead(event.reportId(), reader);
	}

}
