package org.hamkori.meetings.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.text.Figures;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingCalendar;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How meetings read on a page, exposed to templates as {@code @meetingViews}: the
 * meeting's name and code, its time in the venue's zone, and the same time in the
 * reader's own zone (from the {@code hamkori-tz} cookie that {@code timezone.js} sets
 * from the browser) when the two differ.
 */
@Component("meetingViews")
class MeetingViews {

	static final String ZONE_COOKIE = "hamkori-tz";

	private final MeetingCalendar calendar;

	private final Directory directory;

	MeetingViews(MeetingCalendar calendar, Directory directory) {
		this.calendar = calendar;
		this.directory = directory;
	}

	public String name(Meeting meeting) {
		return this.calendar.title(meeting, LocaleContextHolder.getLocale());
	}

	public String code(Meeting meeting) {
		return meeting.code(mechanism(meeting).code());
	}

	public Mechanism mechanism(Meeting meeting) {
		return this.directory.mechanism(meeting.mechanismId()).orElseThrow();
	}

	/**
	 * The mechanism of a page's {@code meeting}, for the layout's navigation; null when
	 * the page's {@code meeting} is something else (an id, say) or absent.
	 */
	public Mechanism mechanismOf(Object meeting) {
		return (meeting instanceof Meeting real) ? mechanism(real) : null;
	}

	/**
	 * The span in the venue zone, such as 29 Nov 2022, 10:00 – 13:00 (Asia/Dushanbe),
	 * each end with non-breaking spaces.
	 */
	public String venueTime(Meeting meeting) {
		return span(meeting.start(), meeting.end()) + " (" + meeting.timeZone() + ")";
	}

	/** The same span in the reader's zone, or null when it is the venue's zone. */
	public String readerTime(Meeting meeting) {
		ZoneId zone = readerZone();
		if (zone == null || zone.getId().equals(meeting.timeZone())
				|| zone.getRules()
					.getOffset(meeting.start().toInstant())
					.equals(meeting.zone().getRules().getOffset(meeting.start().toInstant()))) {
			return null;
		}
		return span(meeting.start().withZoneSameInstant(zone), meeting.end().withZoneSameInstant(zone)) + " ("
				+ zone.getId() + ")";
	}

	public String date(Meeting meeting) {
		return Figures.date(meeting.start(), locale());
	}

	/** A moment in the reader's zone (UTC when unknown), to the minute. */
	public String instant(java.time.Instant instant) {
		if (instant == null) {
			return "";
		}
		ZoneId zone = readerZone();
		return Figures.dateTime(instant.atZone((zone != null) ? zone : java.time.ZoneOffset.UTC), locale());
	}

	public String languageName(String code) {
		return org.hamkori.shared.i18n.Languages.nativeName(code);
	}

	public List<String> languageNames(Meeting meeting) {
		return meeting.languageList().stream().map(org.hamkori.shared.i18n.Languages::nativeName).toList();
	}

	private static String span(ZonedDateTime start, ZonedDateTime end) {
		return Figures.span(start, end, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	static ZoneId readerZone() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (ZONE_COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() < 64) {
				try {
					return ZoneId.of(cookie.getValue().replace("%2F", "/"));
				}
				catch (DateTimeException ex) {
					return null;
				}
			}
		}
		return null;
	}

}
