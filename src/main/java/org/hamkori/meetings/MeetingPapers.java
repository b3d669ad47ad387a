package org.hamkori.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.directory.Person;
import org.hamkori.meetings.AttendanceRegister.Summary;
import org.hamkori.meetings.MeetingAttachments.Attachment;
import org.hamkori.meetings.PaperContent.ActionLine;
import org.hamkori.meetings.PaperContent.AgendaLine;
import org.hamkori.meetings.PaperContent.AttachmentLine;
import org.hamkori.meetings.PaperContent.Count;
import org.hamkori.meetings.PaperContent.DecisionLine;
import org.hamkori.meetings.PaperContent.MinutesItem;
import org.hamkori.meetings.PaperContent.MinutesPaper;
import org.hamkori.meetings.PaperContent.PackPaper;
import org.hamkori.meetings.PaperContent.ParticipantLine;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.RichText;
import org.hamkori.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A meeting's documents for taking away: the minutes in one of their languages as PDF and
 * DOCX, the meeting pack as PDF (cover, agenda, participants, then the attached PDFs),
 * and the attendance list as XLSX. Each paper is read through the viewer's rights
 * ({@link Meetings#visible}: another mechanism's members get 404) and built in memory,
 * whole, before a byte is sent, so a failure never leaves half a file. The minutes speak
 * their own language, labels included; the pack and the list speak the reader's.
 */
@Service
public class MeetingPapers {

	/**
	 * The largest attached PDF the pack reads; a larger one is listed as not included.
	 */
	public static final int MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

	/** The most attached bytes one pack reads in total. */
	static final long MAX_PACK_BYTES = 100L * 1024 * 1024;

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Logger log = LoggerFactory.getLogger(MeetingPapers.class);

	/** A finished document: its file name, media type and bytes. */
	public record Paper(String fileName, String contentType, byte[] content) {
	}

	private final Meetings meetings;

	private final MinutesBook book;

	private final AttendanceRegister register;

	private final MeetingCalendar calendar;

	private final Directory directory;

	private final ActionItems actions;

	private final RichText richText;

	private final MessageSource messages;

	private final PaperPdf pdf;

	private final ObjectProvider<MeetingAttachments> attachments;

	MeetingPapers(Meetings meetings, MinutesBook book, AttendanceRegister register, MeetingCalendar calendar,
			Directory directory, ActionItems actions, RichText richText, MessageSource messages, PaperPdf pdf,
			ObjectProvider<MeetingAttachments> attachments) {
		this.meetings = meetings;
		this.book = book;
		this.register = register;
		this.calendar = calendar;
		this.directory = directory;
		this.actions = actions;
		this.richText = richText;
		this.messages = messages;
		this.pdf = pdf;
		this.attachments = attachments;
	}

	// --- minutes ---

	/**
	 * The minutes in one language as PDF. The language must be one of the meeting's and
	 * have minutes written; when none is asked for, the reader's language if written,
	 * else the first written one. Otherwise 404.
	 */
	public Paper minutesPdf(Viewer viewer, UUID meetingId, String language, Locale reader) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		MinutesPaper paper = minutesPaper(meeting, minutes(meeting, language, reader));
		byte[] bytes = this.pdf.render("minutes", Locale.forLanguageTag(paper.language()),
				Map.of("paper", paper, "lang", paper.language()));
		return new Paper(fileName(meeting, "minutes-" + paper.language(), "pdf"), PDF, bytes);
	}

	/** The same minutes as a Word document, in paragraphs and tables. */
	public Paper minutesDocx(Viewer viewer, UUID meetingId, String language, Locale reader) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		MinutesPaper paper = minutesPaper(meeting, minutes(meeting, language, reader));
		Locale locale = Locale.forLanguageTag(paper.language());
		byte[] bytes = PaperDocx.write(paper, (key, args) -> this.messages.getMessage(key, args, locale),
				this.richText::paragraphs);
		return new Paper(fileName(meeting, "minutes-" + paper.language(), "docx"), DOCX, bytes);
	}

	private Minutes minutes(Meeting meeting, String language, Locale reader) {
		if (language != null && !language.isBlank()) {
			if (!meeting.languageList().contains(language)) {
				throw new NotFoundException();
			}
			return this.book.in(meeting.id(), language).orElseThrow(NotFoundException::new);
		}
		List<Minutes> written = this.book.of(meeting.id())
			.stream()
			.filter((m) -> meeting.languageList().contains(m.language()))
			.toList();
		return written.stream()
			.filter((m) -> m.language().equals(reader.getLanguage()))
			.findFirst()
			.or(() -> meeting.languageList()
				.stream()
				.flatMap((l) -> written.stream().filter((m) -> m.language().equals(l)))
				.findFirst())
			.orElseThrow(NotFoundException::new);
	}

	MinutesPaper minutesPaper(Meeting meeting, Minutes minutes) {
		String language = minutes.language();
		Locale locale = Locale.forLanguageTag(language);
		Map<UUID, Organisation> organisations = this.directory.organisationsById();
		Summary summary = this.register.summary(meeting);
		List<AgendaItem> accepted = this.meetings.agenda(meeting.id())
			.stream()
			.filter((i) -> i.status() == AgendaStatus.ACCEPTED)
			.toList();
		List<MinutesItem> items = new ArrayList<>();
		Map<UUID, String> itemLabels = new HashMap<>();
		for (AgendaItem item : accepted) {
			int number = items.size() + 1;
			String title = text(item.title(), locale);
			String markdown = minutes.summaryOf(item.id().toString());
			items.add(new MinutesItem(number, title, markdown, this.richText.toHtml(markdown)));
			itemLabels.put(item.id(), number + ". " + title);
		}
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<DecisionLine> decisions = new ArrayList<>();
		for (Decision decision : this.book.decisions(meeting.id())) {
			List<ActionLine> lines = new ArrayList<>();
			for (ActionItem action : this.actions.fromDecision(decision.id())) {
				lines.add(new ActionLine(text(action.title(), locale),
						organisationName(organisations, action.ownerOrganisationId(), locale),
						(action.dueDate() != null) ? date.format(action.dueDate()) : "",
						message(action.status().messageKey(), locale)));
			}
			String item = (decision.agendaItemId() != null) ? itemLabels.get(decision.agendaItemId()) : null;
			String text = (decision.text().get(language) != null) ? decision.text().get(language)
					: text(decision.text(), locale);
			decisions.add(new DecisionLine(this.book.decisionNumber(meeting, decision),
					(item != null) ? message("papers.decision.item", locale, item) : null, text, lines));
		}
		String opening = minutes.summaryOf(Minutes.OPENING);
		return new MinutesPaper(language, this.calendar.title(meeting, locale), span(meeting, locale), meeting.venue(),
				meeting.onlineLink(), minutesStatus(meeting, locale), summary.total(),
				byInstitution(summary, organisations, locale), bySex(summary, locale), quorum(summary, locale), opening,
				this.richText.toHtml(opening), items, decisions);
	}

	private String minutesStatus(Meeting meeting, Locale locale) {
		if (meeting.status() == MeetingStatus.MINUTES_ADOPTED) {
			String at = (meeting.adoptedAt() != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale)
				.format(meeting.adoptedAt().atZone(meeting.zone())) : "";
			String by = (meeting.adoptedBy() != null) ? meeting.adoptedBy() : "";
			Optional<Meeting> later = (meeting.adoptedAtMeeting() != null)
					? this.meetings.find(meeting.adoptedAtMeeting()) : Optional.empty();
			return later.isPresent()
					? message("papers.status.adoptedAt", locale, at, by, this.meetings.code(later.get()))
					: message("papers.status.adopted", locale, at, by);
		}
		if (meeting.status() == MeetingStatus.MINUTES_CIRCULATED) {
			String until = (meeting.commentsDeadline() != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale)
				.format(meeting.commentsDeadline()) : "";
			return message("papers.status.circulated", locale, until);
		}
		return message("papers.status.draft", locale);
	}

	// --- the pack ---

	/** The meeting pack, with the attachments the documents module offers this viewer. */
	public Paper pack(Viewer viewer, UUID meetingId, Locale locale) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		List<Attachment> attached = this.attachments.getIfAvailable(() -> MeetingAttachments.NONE)
			.pdfsFor(meeting, viewer);
		return pack(meeting, viewer, locale, attached);
	}

	/**
	 * The meeting pack with the given attachments: the pack's own pages, then each
	 * attachment that is a readable PDF within the size limits; the others are listed on
	 * the cover as not included.
	 */
	public Paper pack(Viewer viewer, UUID meetingId, Locale locale, List<Attachment> attached) {
		return pack(this.meetings.visible(viewer, meetingId), viewer, locale, attached);
	}

	private Paper pack(Meeting meeting, Viewer viewer, Locale locale, List<Attachment> attached) {
		List<PDDocument> readable = new ArrayList<>();
		try {
			List<AttachmentLine> lines = new ArrayList<>();
			long budget = MAX_PACK_BYTES;
			for (Attachment attachment : attached) {
				Loaded loaded = load(attachment, budget);
				if (loaded != null) {
					readable.add(loaded.document());
					budget -= loaded.bytes();
				}
				lines.add(new AttachmentLine(attachment.name(),
						(loaded != null) ? loaded.document().getNumberOfPages() : null));
			}
			byte[] own = this.pdf.render("pack", locale, Map.of("paper", packPaper(meeting, viewer, locale, lines)));
			try (PDDocument pack = Loader.loadPDF(own)) {
				PDFMergerUtility merger = new PDFMergerUtility();
				for (PDDocument document : readable) {
					merger.appendDocument(pack, document);
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream(own.length);
				pack.save(out);
				return new Paper(fileName(meeting, "pack", "pdf"), PDF, out.toByteArray());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (PDDocument document : readable) {
				try {
					document.close();
				}
				catch (IOException ex) {
					log.debug("Closing an attachment failed", ex);
				}
			}
		}
	}

	private record Loaded(PDDocument document, int bytes) {
	}

	/** The attachment as a PDF, or null when it is too large, unreadable or encrypted. */
	private static Loaded load(Attachment attachment, long budget) {
		byte[] bytes;
		try (InputStream in = attachment.content().getInputStream()) {
			bytes = in.readNBytes((int) Math.min(MAX_ATTACHMENT_BYTES, Math.max(0, budget)) + 1);
		}
		catch (IOException ex) {
			log.warn("Attachment {} could not be read: {}", attachment.name(), ex.getMessage());
			return null;
		}
		if (bytes.length > MAX_ATTACHMENT_BYTES || bytes.length > budget) {
			return null;
		}
		try {
			PDDocument document = Loader.loadPDF(bytes);
			if (document.isEncrypted() || document.getNumberOfPages() == 0) {
				document.close();
				return null;
			}
			return new Loaded(document, bytes.length);
		}
		catch (IOException ex) {
			log.info("Attachment {} is not a readable PDF: {}", attachment.name(), ex.getMessage());
			return null;
		}
	}

	PackPaper packPaper(Meeting meeting, Viewer viewer, Locale locale, List<AttachmentLine> attachments) {
		Map<UUID, Organisation> organisations = this.directory.organisationsById();
		List<AgendaLine> agenda = new ArrayList<>();
		for (AgendaItem item : this.meetings.agenda(meeting.id())) {
			if (item.status() != AgendaStatus.ACCEPTED) {
				continue;
			}
			List<String> presenter = new ArrayList<>();
			if (item.presenterPersonId() != null) {
				this.directory.person(item.presenterPersonId()).map(Person::fullName).ifPresent(presenter::add);
			}
			if (item.presenterOrganisationId() != null) {
				presenter.add(organisationName(organisations, item.presenterOrganisationId(), locale));
			}
			agenda.add(new AgendaLine(agenda.size() + 1, text(item.title(), locale),
					message(item.kind().messageKey(), locale), String.join(" · ", presenter),
					(item.durationMinutes() != null) ? message("agenda.minutes", locale, item.durationMinutes()) : ""));
		}
		boolean held = meeting.status().isHeld();
		boolean answers = viewer.canManage(meeting.mechanismId());
		List<ParticipantLine> participants = new ArrayList<>();
		String attendance = null;
		if (held) {
			Map<UUID, String> names = new HashMap<>();
			for (Attendance a : this.register.of(meeting.id())) {
				String substitute = (a.substituteFor() != null) ? names.computeIfAbsent(a.substituteFor(),
						(id) -> this.directory.person(id).map(Person::fullName).orElse("")) : null;
				participants
					.add(new ParticipantLine(a.fullName(), organisationName(organisations, a.organisationId(), locale),
							(substitute != null) ? substitute : ""));
			}
			Summary summary = this.register.summary(meeting);
			attendance = message("papers.attendance.present", locale, summary.total()) + " · "
					+ quorum(summary, locale);
		}
		else {
			Map<UUID, UUID> institutionOf = new HashMap<>();
			for (Membership seat : this.register.currentSeats(meeting.mechanismId())) {
				institutionOf.putIfAbsent(seat.personId(), seat.organisationId());
			}
			List<ParticipantLine> invited = new ArrayList<>();
			for (Invitation invitation : this.meetings.invitations(meeting.id())) {
				String name = this.directory.person(invitation.personId()).map(Person::fullName).orElse("");
				String detail = "";
				if (answers) {
					detail = message(invitation.response().messageKey(), locale);
					if (invitation.substituteName() != null) {
						detail += " (" + invitation.substituteName() + ")";
					}
				}
				UUID institution = institutionOf.get(invitation.personId());
				invited.add(new ParticipantLine(name,
						(institution != null) ? organisationName(organisations, institution, locale) : "", detail));
			}
			invited.sort(
					java.util.Comparator.comparing(ParticipantLine::institution).thenComparing(ParticipantLine::name));
			participants.addAll(invited);
		}
		return new PackPaper(this.calendar.title(meeting, locale), this.meetings.code(meeting),
				message(meeting.meetingType().messageKey(), locale), message(meeting.status().messageKey(), locale),
				span(meeting, locale) + " (" + meeting.timeZone() + ")", meeting.venue(), meeting.onlineLink(), agenda,
				held, participants, answers, attendance, attachments);
	}

	// --- the attendance list ---

	/**
	 * One row per person present, then the counts by institution and by sex, and the
	 * quorum.
	 */
	public Paper attendanceList(Viewer viewer, UUID meetingId, Locale locale) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		Map<UUID, Organisation> organisations = this.directory.organisationsById();
		Summary summary = this.register.summary(meeting);
		List<List<String>> rows = new ArrayList<>();
		Map<UUID, String> names = new HashMap<>();
		for (Attendance a : this.register.of(meeting.id())) {
			String substitute = (a.substituteFor() != null) ? names.computeIfAbsent(a.substituteFor(),
					(id) -> this.directory.person(id).map(Person::fullName).orElse("")) : "";
			rows.add(List.of(a.fullName(), organisationName(organisations, a.organisationId(), locale), substitute,
					sexLabel(a.sex(), locale)));
		}
		byte[] bytes = AttendanceSheet.write(new AttendanceSheet.Content(this.meetings.code(meeting),
				this.calendar.title(meeting, locale), span(meeting, locale) + " (" + meeting.timeZone() + ")", rows,
				byInstitution(summary, organisations, locale), bySex(summary, locale), summary.total(),
				quorum(summary, locale)), (key) -> message(key, locale));
		return new Paper(fileName(meeting, "attendance", "xlsx"), XLSX, bytes);
	}

	// --- shared pieces ---

	private List<Count> byInstitution(Summary summary, Map<UUID, Organisation> organisations, Locale locale) {
		List<Count> counts = new ArrayList<>();
		summary.byInstitution()
			.forEach((id, n) -> counts.add(new Count(organisationName(organisations, id, locale), n)));
		counts.sort(java.util.Comparator.comparing(Count::label));
		return counts;
	}

	private List<Count> bySex(Summary summary, Locale locale) {
		Map<String, Integer> ordered = new LinkedHashMap<>();
		for (String sex : List.of("F", "M", "X", "?")) {
			if (summary.bySex().containsKey(sex)) {
				ordered.put(sex, summary.bySex().get(sex));
			}
		}
		return ordered.entrySet().stream().map((e) -> new Count(sexLabel(e.getKey(), locale), e.getValue())).toList();
	}

	private String quorum(Summary summary, Locale locale) {
		return summary.quorumMet()
				? message("attendance.quorum.met", locale, summary.institutionsPresent(), summary.quorumRequired())
				: message("attendance.quorum.notMet", locale, summary.institutionsPresent(), summary.quorumRequired());
	}

	private String sexLabel(String sex, Locale locale) {
		return (sex != null && List.of("F", "M", "X").contains(sex)) ? message("attendance.sex." + sex, locale)
				: message("attendance.sex.unknown", locale);
	}

	private String organisationName(Map<UUID, Organisation> organisations, UUID id, Locale locale) {
		Organisation organisation = (id != null) ? organisations.get(id) : null;
		return (organisation != null) ? text(organisation.name(), locale) : "";
	}

	private static String text(LocalizedText text, Locale locale) {
		return (text != null) ? text.in(locale) : "";
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** The span in the venue's zone: 11 Dec 2026, 10:00 – 13:00. */
	static String span(Meeting meeting, Locale locale) {
		ZonedDateTime start = meeting.start();
		ZonedDateTime end = meeting.end();
		DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		LocalDate day = start.toLocalDate();
		return dateTime.format(start) + " – "
				+ (day.equals(end.toLocalDate()) ? time.format(end) : dateTime.format(end));
	}

	/**
	 * {@code CCM-TJ-1-minutes-tg.pdf}: the code without its slash, what, and the type.
	 */
	private String fileName(Meeting meeting, String what, String extension) {
		return this.meetings.code(meeting).replaceAll("[^A-Za-z0-9-]", "-") + "-" + what + "." + extension;
	}

}
