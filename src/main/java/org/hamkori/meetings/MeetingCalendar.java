package org.hamkori.meetings;

import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar (RFC 5545), written by ical4j. The UID of a meeting never
 * changes, its SEQUENCE rises with every change sent, and the start and end carry the
 * venue's TZID with a matching VTIMEZONE, so every calendar shows each reader the right
 * local time. {@code METHOD:REQUEST} invites; {@code METHOD:CANCEL} withdraws.
 */
@Component
public class MeetingCalendar {

	private final Directory directory;

	private final MessageSource messages;

	private final String baseUrl;

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final java.time.Clock clock;

	MeetingCalendar(Directory directory, MessageSource messages, HamkoriSettings settings, java.time.Clock clock) {
		this.directory = directory;
		this.clock = clock;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
	}

	/** One meeting, as sent by e-mail: REQUEST, or CANCEL when it was cancelled. */
	public String invitation(Meeting meeting, Locale locale) {
		Method method = (meeting.status() == MeetingStatus.CANCELLED) ? new Method(Method.VALUE_CANCEL)
				: new Method(Method.VALUE_REQUEST);
		return write(List.of(meeting), method, locale);
	}

	/** A subscription feed: all given meetings, published (no METHOD of invitation). */
	public String feed(List<Meeting> meetings, Locale locale) {
		return write(meetings, new Method(Method.VALUE_PUBLISH), locale);
	}

	public String title(Meeting meeting, Locale locale) {
		Mechanism mechanism = this.directory.mechanism(meeting.mechanismId()).orElseThrow();
		String custom = meeting.title().isEmpty() ? null : meeting.title().in(locale);
		String type = this.messages.getMessage(meeting.meetingType().messageKey(), null, locale);
		String name = new LocalizedText(mechanism.name().values()).in(locale);
		String pattern = this.messages.getMessage("meeting.name", null, locale);
		String standard = new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.forLocale(locale))
			.format(new Object[] { meeting.number(), type, name });
		return meeting.code(mechanism.code()) + " · " + ((custom != null) ? custom : standard);
	}

	private String write(List<Meeting> meetings, Method method, Locale locale) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Hamkori//Meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		java.util.Set<String> zonesAdded = new java.util.HashSet<>();
		for (Meeting meeting : meetings) {
			if (zonesAdded.add(meeting.timeZone())) {
				VTimeZone zone = this.zones.getTimeZone(meeting.timeZone()).getVTimeZone();
				calendar.add(zone);
			}
			calendar.add(event(meeting, locale));
		}
		return calendar.toString();
	}

	private VEvent event(Meeting meeting, Locale locale) {
		// The venue's wall-clock times with its TZID, written as they are: ical4j's own
		// conversion of zoned times misreads some zones' history (Asia/Dushanbe came out
		// an
		// hour late), while the VTIMEZONE it ships is right.
		ParameterList zone = new ParameterList(List.of(new TzId(meeting.timeZone())));
		VEvent event = new VEvent(false);
		event.add(new DtStamp(this.clock.instant()));
		event.add(new DtStart<>(zone, meeting.startsLocal()));
		event.add(new DtEnd<>(zone, meeting.endsLocal()));
		event.add(new Summary(title(meeting, locale)));
		event.add(new Uid(meeting.calendarUid()));
		event.add(new Sequence(meeting.calendarSequence()));
		String place = join(meeting.venue(), meeting.onlineLink());
		if (place != null) {
			event.add(new Location(place));
		}
		event.add(new Url(java.net.URI.create(this.baseUrl + "/meetings/" + meeting.id())));
		if (meeting.status() == MeetingStatus.CANCELLED) {
			event.add(new Status(Status.VALUE_CANCELLED));
			if (meeting.cancelReason() != null) {
				event.add(new Description(meeting.cancelReason()));
			}
		}
		else {
			event.add(new Status(Status.VALUE_CONFIRMED));
		}
		return event;
	}

	private static String join(String venue, String link) {
		if (venue == null) {
			return link;
		}
		return (link == null) ? venue : venue + " · " + link;
	}

}
