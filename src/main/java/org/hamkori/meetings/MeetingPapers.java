package org.hamkori.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Organisation;
import org.hamkori.directory.Person;
import org.hamkori.meetings.AttendanceRegister.Summary;
import org.hamkori.meetings.MeetingAttachments.Attachment;
import org.hamkori.meetings.PaperContent.MinutesPaper;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.RichText;

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

	/** A finished document: its file name, media type and bytes. */
	public record Paper(String fileName, String contentType, byte[] content) {
	}

	private final Meetings meetings;

	private final MinutesPapers minutes;

	private final MeetingPack pack;

	private final AttendanceRegister register;

	private final MeetingCalendar calendar;

	private final Directory directory;

	private final RichText richText;

	private final MessageSource messages;

	private final PaperPdf pdf;

	private final PaperWording wording;

	private final ObjectProvider<MeetingAttachments> attachments;

	MeetingPapers(Meetings meetings, MinutesPapers minutes, MeetingPack pack, AttendanceRegister register,
			MeetingCalendar calendar, Directory directory, RichText richText, MessageSource messages, PaperPdf pdf,
			PaperWording wording, ObjectProvider<MeetingAttachments> attachments) {
		this.meetings = meetings;
		this.minutes = minutes;
		this.pack = pack;
		this.register = register;
		this.calendar = calendar;
		this.directory = directory;
		this.richText = richText;
		this.messages = messages;
		this.pdf = pdf;
		this.wording = wording;
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
		MinutesPaper paper = this.minutes.minutesPaper(meeting, this.minutes.minutes(meeting, language, reader));
		byte[] bytes = this.pdf.render("minutes", Locale.forLanguageTag(paper.language()),
				Map.of("paper", paper, "lang", paper.language()));
		return new Paper(this.wording.fileName(meeting, "minutes-" + paper.language(), "pdf"), PDF, bytes);
	}

	/** The same minutes as a Word document, in paragraphs and tables. */
	public Paper minutesDocx(Viewer viewer, UUID meetingId, String language, Locale reader) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		MinutesPaper paper = this.minutes.minutesPaper(meeting, this.minutes.minutes(meeting, language, reader));
		Locale locale = Locale.forLanguageTag(paper.language());
		byte[] bytes = PaperDocx.write(paper, (key, args) -> this.messages.getMessage(key, args, locale),
				this.richText::paragraphs);
		return new Paper(this.wording.fileName(meeting, "minutes-" + paper.language(), "docx"), DOCX, bytes);
	}

	// --- the pack ---

	/** The meeting pack, with the attachments the documents module offers this viewer. */
	public Paper pack(Viewer viewer, UUID meetingId, Locale locale) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		List<Attachment> attached = this.attachments.getIfAvailable(() -> MeetingAttachments.NONE)
			.pdfsFor(meeting, viewer);
		return this.pack.pack(meeting, viewer, locale, attached);
	}

	/**
	 * The meeting pack with the given attachments: the pack's own pages, then each
	 * attachment that is a readable PDF within the size limits; the others are listed on
	 * the cover as not included.
	 */
	public Paper pack(Viewer viewer, UUID meetingId, Locale locale, List<Attachment> attached) {
		return this.pack.pack(this.meetings.visible(viewer, meetingId), viewer, locale, attached);
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
			rows.add(List.of(a.fullName(), this.wording.organisationName(organisations, a.organisationId(), locale),
					substitute, this.wording.sexLabel(a.sex(), locale)));
		}
		byte[] bytes = AttendanceSheet.write(
				new AttendanceSheet.Content(this.meetings.code(meeting), this.calendar.title(meeting, locale),
						PaperWording.span(meeting, locale) + " (" + meeting.timeZone() + ")", rows,
						this.wording.byInstitution(summary, organisations, locale), this.wording.bySex(summary, locale),
						summary.total(), this.wording.quorum(summary, locale)),
				(key) -> this.wording.message(key, locale));
		return new Paper(this.wording.fileName(meeting, "attendance", "xlsx"), XLSX, bytes);
	}

}
