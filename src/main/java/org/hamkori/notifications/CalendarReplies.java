package org.hamkori.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Person;
import org.hamkori.meetings.Invitation.Response;
import org.hamkori.meetings.Rsvp;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.settings.HamkoriSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Answers that members give in their calendar application. Accepting or declining an
 * invitation in Outlook, Gmail or Thunderbird sends an iTIP REPLY (RFC 5546) to the
 * invitation's ORGANIZER, which is Hamkori's sender address; when that address's mailbox
 * is configured ({@code hamkori.mail.inbound.*}), this job reads its unseen messages over
 * IMAP once a minute, once per cluster, and records each reply as the member's answer.
 * <p>
 * A reply counts only when the message's sender is the ATTENDEE it answers for and that
 * address belongs to a member invited to the meeting of that UID; TENTATIVE and unknown
 * answers are left alone. Every message read is marked seen, so none is read twice.
 */
@Component
class CalendarReplies {

	private static final Logger log = LoggerFactory.getLogger(CalendarReplies.class);

	/** Seconds to wait for the IMAP server, so a dead server never holds the lock. */
	private static final String TIMEOUT_MS = "20000";

	private final HamkoriSettings.Inbound inbound;

	private final Directory directory;

	private final Rsvp rsvp;

	@org.springframework.beans.factory.annotation.Autowired
	CalendarReplies(HamkoriSettings settings, Directory directory, Rsvp rsvp) {
		this(settings.mail().inbound(), directory, rsvp);
	}

	CalendarReplies(HamkoriSettings.Inbound inbound, Directory directory, Rsvp rsvp) {
		this.inbound = inbound;
		this.directory = directory;
		this.rsvp = rsvp;
	}

	@Scheduled(cron = "#{@hamkoriSchedules.calendarReplies()}", zone = "UTC")
	@SchedulerLock(name = "calendar-replies", lockAtMostFor = "PT5M")
	public void run() {
		if (!this.inbound.configured()) {
			return;
		}
		try {
			int recorded = read();
			if (recorded > 0) {
				log.info("Calendar replies recorded: {}", recorded);
			}
		}
		catch (MessagingException ex) {
			log.warn("Could not read calendar replies from {}: {}", this.inbound.host(), ex.getMessage());
		}
	}

	/**
	 * Reads the unseen messages of the inbound folder once.
	 * @return the answers recorded
	 * @throws MessagingException when the mailbox cannot be read
	 */
	int read() throws MessagingException {
		String protocol = this.inbound.protocol();
		Properties properties = new Properties();
		properties.put("mail.store.protocol", protocol);
		properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
		properties.put("mail." + protocol + ".timeout", TIMEOUT_MS);
		Session session = Session.getInstance(properties);
		int recorded = 0;
		try (Store store = session.getStore(protocol)) {
			store.connect(this.inbound.host(), this.inbound.port(), this.inbound.username(), this.inbound.password());
			Folder folder = store.getFolder(this.inbound.folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					recorded += handle(message);
					message.setFlag(Flags.Flag.SEEN, true);
				}
			}
			finally {
				folder.close(false);
			}
		}
		return recorded;
	}

	private int handle(Message message) {
		try {
			String ics = calendarPart(message);
			if (ics == null) {
				return 0;
			}
			Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
			if (!calendar.getProperty(Property.METHOD).map(Property::getValue).orElse("").equalsIgnoreCase("REPLY")) {
				return 0;
			}
			String sender = sender(message);
			int recorded = 0;
			for (VEvent event : calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
				String uid = event.getProperty(Property.UID).map(Property::getValue).orElse(null);
				for (Property attendee : event.getProperties(Property.ATTENDEE)) {
					recorded += record(uid, attendee, sender) ? 1 : 0;
				}
			}
			return recorded;
		}
		catch (MessagingException | IOException | ParserException | RuntimeException ex) {
			log.warn("A message in the calendar-reply mailbox could not be read: {}", ex.getMessage());
			return 0;
		}
	}

	private boolean record(String uid, Property attendee, String sender) {
		String address = address(attendee.getValue());
		Response response = attendee.getParameter("PARTSTAT")
			.map((partStat) -> switch (partStat.getValue().toUpperCase(Locale.ROOT)) {
				case "ACCEPTED" -> Response.ACCEPTED;
				case "DECLINED" -> Response.DECLINED;
				default -> null;
			})
			.orElse(null);
		if (uid == null || address == null || response == null || !address.equalsIgnoreCase(sender)) {
			return false;
		}
		Optional<Person> person = this.directory.personByEmail(address);
		if (person.isEmpty()) {
			return false;
		}
		try {
			return this.rsvp.answerFromCalendar(uid, person.get().id(), response).isPresent();
		}
		catch (RuleViolation ex) {
			log.info("Calendar reply of {} to {} not recorded: {}", address, uid, ex.getMessage());
			return false;
		}
	}

	private static String address(String calAddress) {
		if (calAddress == null) {
			return null;
		}
		String text = calAddress.strip();
		return text.regionMatches(true, 0, "mailto:", 0, 7) ? text.substring(7).strip() : null;
	}

	private static String sender(Message message) throws MessagingException {
		Address[] from = message.getFrom();
		return (from != null && from.length > 0 && from[0] instanceof InternetAddress internet) ? internet.getAddress()
				: "";
	}

	/** The first text/calendar part of a message (or its attached .ics), or null. */
	private static String calendarPart(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/calendar") || part.isMimeType("application/ics")) {
			try (InputStream in = part.getInputStream()) {
				return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
			}
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = calendarPart(body);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
