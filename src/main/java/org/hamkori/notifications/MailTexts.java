package org.hamkori.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.hamkori.meetings.Meeting;

/** Small formatting shared by the e-mails. */
final class MailTexts {

	private MailTexts() {
	}

	/**
	 * The span of a meeting, such as 29 Nov 2022, 10:00 – 13:00 (Asia/Dushanbe), in the
	 * reader language.
	 */
	static String when(Meeting meeting, Locale locale) {
		DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		String end = meeting.startsLocal().toLocalDate().equals(meeting.endsLocal().toLocalDate())
				? time.format(meeting.endsLocal()) : dateTime.format(meeting.endsLocal());
		return dateTime.format(meeting.startsLocal()) + " – " + end + " (" + meeting.timeZone() + ")";
	}

}
