package org.hamkori.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;

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
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Person;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.settings.HamkoriSettings;
import org.hamkori.shared.text.LineFolding;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar (RFC 5545), written by ical4j's outputter, lines folded at 75
 * octets ({@link LineFolding}). The UID of a meeting never changes, its SEQUENCE rises
 * with every change sent, and the start and end carry the venue's TZID with a matching
 * VTIMEZONE, so every calendar shows each reader the right local time. An e-mailed
 * invitation follows iTIP (RFC 5546): {@code METHOD:REQUEST} with the mechanism as
 * ORGANIZER (Hamkori's sender address) and the member as ATTENDEE with {@code RSVP=TRUE},
 * or {@code METHOD:CANCEL}; that is what lets Outlook and Gmail offer accept and decline.
 * Downloads and feeds are {@code METHOD:PUBLISH}, and a feed names itself and asks to be
 * refreshed hourly (RFC 7986 NAME and REFRESH-INTERVAL, and the X-WR-CALNAME and
 * X-PUBLISHED-TTL that Outlook and Google read). DESCRIPTION lists the agenda and the
 * online link.
 */
@Component
public class MeetingCalendar {

	private final Directory directory;

	private final MessageSource messages;

	private final String baseUrl;

	private final String organizer;

	private final AgendaItemRepository agenda;

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final java.time.Clock clock;

	MeetingCalendar(Directory directory, MessageSource messages, HamkoriSettings settings, java.time.Clock clock,
			AgendaItemRepository agenda) {
		this.directory = directory;
		this.agenda = agenda;
		this.organizer = settings.mail().from();
		this.clock = clock;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
	}

	/**
	 * One meeting as e-mailed to one member: REQUEST, or CANCEL when it was cancelled,
	 * with the mechanism as organizer and the member as the attendee asked to answer.
	 */
	public String invitation(Meeting meeting, Person attendee, Locale locale) {
		Method method = (meeting.status() == MeetingStatus.CANCELLED) ? new Method(Method.VALUE_CANCEL)
				: new Method(Method.VALUE_REQUEST);
		Calendar calendar = calendar(method, List.of(meeting));
		VEvent event = event(meeting, locale);
		event.add(organizer(meeting, locale));
		event.add(attendee(attendee));
		calendar.add(event);
		return text(calendar);
	}

	/** One meeting to download and import: PUBLISH, answered on Hamkori's page. */
	public String download(Meeting meeting, Locale locale) {
		Calendar calendar = calendar(new Method(Method.VALUE_PUBLISH), List.of(meeting));
		calendar.add(event(meeting, locale));
		return text(calendar);
	}

	/** A subscription feed: all given meetings, published, named, refreshed hourly. */
	public String feed(List<Meeting> meetings, Locale locale) {
		Calendar calendar = calendar(new Method(Method.VALUE_PUBLISH), meetings);
		String name = this.messages.getMessage("calendar.feed.name", null, locale);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
		for (Meeting meeting : meetings) {
			calendar.add(event(meeting, locale));
		}
		return text(calendar);
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

	/** How often a subscribed calendar should fetch the feed again. */
	private static final Duration REFRESH = Duration.ofHours(1);

	private Calendar calendar(Method method, List<Meeting> meetings) {
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
		}
		return calendar;
	}

	private static String text(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return LineFolding.fold(out.toString());
	}

	private Organizer organizer(Meeting meeting, Locale locale) {
		Mechanism mechanism = this.directory.mechanism(meeting.mechanismId()).orElseThrow();
		String name = new LocalizedText(mechanism.name().values()).in(locale);
		return new Organizer(new ParameterList(List.of(new Cn(name))), URI.create("mailto:" + this.organizer));
	}

	private static Attendee attendee(Person person) {
		return new Attendee(
				new ParameterList(
						List.of(new Cn(person.fullName()), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.TRUE)),
				URI.create("mailto:" + person.email()));
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
		if (meeting.updatedAt() != null) {
			event.add(new LastModified(meeting.updatedAt()));
		}
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
			event.add(new Description(description(meeting, locale)));
		}
		return event;
	}

	/** The agenda, numbered, then the online link and the meeting's page. */
	private String description(Meeting meeting, Locale locale) {
		List<String> lines = new ArrayList<>();
		List<AgendaItem> items = this.agenda.findByMeetingId(meeting.id())
			.stream()
			.filter((item) -> item.status() != AgendaStatus.DECLINED)
			.sorted(Comparator.comparingInt(AgendaItem::sortOrder))
			.toList();
		if (!items.isEmpty()) {
			lines.add(this.messages.getMessage("agenda.title", null, locale) + ":");
			for (int i = 0; i < items.size(); i++) {
				lines.add((i + 1) + ". " + items.get(i).title().in(locale));
			}
			lines.add("");
		}
		if (meeting.onlineLink() != null) {
			lines.add(this.messages.getMessage("meeting.onlineLink", null, locale) + ": " + meeting.onlineLink());
		}
		lines.add(this.baseUrl + "/meetings/" + meeting.id());
		return String.join("\n", lines);
	}

	private static String join(String venue, String link) {
		if (venue == null) {
			return link;
		}
		return (link == null) ? venue : venue + " · " + link;
	}

}
