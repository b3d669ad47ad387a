package org.hamkori.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.directory.Person;
import org.hamkori.meetings.AttendanceRegister.Summary;
import org.hamkori.meetings.MeetingAttachments.Attachment;
import org.hamkori.meetings.PaperContent.AgendaLine;
import org.hamkori.meetings.PaperContent.AttachmentLine;
import org.hamkori.meetings.PaperContent.PackPaper;
import org.hamkori.meetings.PaperContent.ParticipantLine;
import org.hamkori.shared.security.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The meeting pack as one PDF: its own pages (cover, agenda, participants), then each
 * attached PDF that is readable and within the size limits. An attachment that is not is
 * listed on the cover as not included, so one bad file never spoils the pack.
 */
@Component
class MeetingPack {

	private static final Logger log = LoggerFactory.getLogger(MeetingPack.class);

	private final Meetings meetings;

	private final AttendanceRegister attendance;

	private final MeetingCalendar calendar;

	private final Directory directory;

	private final PaperPdf pdf;

	private final PaperWording wording;

	MeetingPack(Meetings meetings, AttendanceRegister attendance, MeetingCalendar calendar, Directory directory,
			PaperPdf pdf, PaperWording wording) {
		this.meetings = meetings;
		this.attendance = attendance;
		this.calendar = calendar;
		this.directory = directory;
		this.pdf = pdf;
		this.wording = wording;
	}

	MeetingPapers.Paper pack(Meeting meeting, Viewer viewer, Locale locale, List<Attachment> attached) {
		List<PDDocument> readable = new ArrayList<>();
		try {
			List<AttachmentLine> lines = new ArrayList<>();
			long budget = MeetingPapers.MAX_PACK_BYTES;
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
				return new MeetingPapers.Paper(this.wording.fileName(meeting, "pack", "pdf"), MeetingPapers.PDF,
						out.toByteArray());
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

	/**
	 * The attachment as a MeetingPapers.PDF, or null when it is too large, unreadable or
	 * encrypted.
	 */
	private static Loaded load(Attachment attachment, long budget) {
		byte[] bytes;
		try (InputStream in = attachment.content().getInputStream()) {
			bytes = in.readNBytes((int) Math.min(MeetingPapers.MAX_ATTACHMENT_BYTES, Math.max(0, budget)) + 1);
		}
		catch (IOException ex) {
			log.warn("Attachment {} could not be read: {}", attachment.name(), ex.getMessage());
			return null;
		}
		if (bytes.length > MeetingPapers.MAX_ATTACHMENT_BYTES || bytes.length > budget) {
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
			log.info("Attachment {} is not a readable MeetingPapers.PDF: {}", attachment.name(), ex.getMessage());
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
				presenter.add(this.wording.organisationName(organisations, item.presenterOrganisationId(), locale));
			}
			agenda.add(new AgendaLine(agenda.size() + 1, PaperWording.text(item.title(), locale),
					this.wording.message(item.kind().messageKey(), locale), String.join(" · ", presenter),
					(item.durationMinutes() != null)
							? this.wording.message("agenda.minutes", locale, item.durationMinutes()) : ""));
		}
		boolean held = meeting.status().isHeld();
		boolean answers = viewer.canManage(meeting.mechanismId());
		List<ParticipantLine> participants = new ArrayList<>();
		String attendance = null;
		if (held) {
			Map<UUID, String> names = new HashMap<>();
			for (Attendance a : this.attendance.of(meeting.id())) {
				String substitute = (a.substituteFor() != null) ? names.computeIfAbsent(a.substituteFor(),
						(id) -> this.directory.person(id).map(Person::fullName).orElse("")) : null;
				participants.add(new ParticipantLine(a.fullName(),
						this.wording.organisationName(organisations, a.organisationId(), locale),
						(substitute != null) ? substitute : ""));
			}
			Summary summary = this.attendance.summary(meeting);
			attendance = this.wording.message("papers.attendance.present", locale, summary.total()) + " · "
					+ this.wording.quorum(summary, locale);
		}
		else {
			Map<UUID, UUID> institutionOf = new HashMap<>();
			for (Membership seat : this.attendance.currentSeats(meeting.mechanismId())) {
				institutionOf.putIfAbsent(seat.personId(), seat.organisationId());
			}
			List<ParticipantLine> invited = new ArrayList<>();
			for (Invitation invitation : this.meetings.invitations(meeting.id())) {
				String name = this.directory.person(invitation.personId()).map(Person::fullName).orElse("");
				String detail = "";
				if (answers) {
					detail = this.wording.message(invitation.response().messageKey(), locale);
					if (invitation.substituteName() != null) {
						detail += " (" + invitation.substituteName() + ")";
					}
				}
				UUID institution = institutionOf.get(invitation.personId());
				invited.add(new ParticipantLine(name,
						(institution != null) ? this.wording.organisationName(organisations, institution, locale) : "",
						detail));
			}
			invited.sort(
					java.util.Comparator.comparing(ParticipantLine::institution).thenComparing(ParticipantLine::name));
			participants.addAll(invited);
		}
		return new PackPaper(this.calendar.title(meeting, locale), this.meetings.code(meeting),
				this.wording.message(meeting.meetingType().messageKey(), locale),
				this.wording.message(meeting.status().messageKey(), locale),
				PaperWording.span(meeting, locale) + " (" + meeting.timeZone() + ")", meeting.venue(),
				meeting.onlineLink(), agenda, held, participants, answers, attendance, attachments,
				meeting.languageList()
					.stream()
					.filter((lang) -> !lang.equals(locale.getLanguage()))
					.map((lang) -> new PaperContent.TitleLine(lang,
							this.calendar.title(meeting, Locale.forLanguageTag(lang))))
					.toList());
	}

}
