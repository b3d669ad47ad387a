package org.hamkori.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Organisation;
import org.hamkori.meetings.AttendanceRegister.Summary;
import org.hamkori.meetings.PaperContent.ActionLine;
import org.hamkori.meetings.PaperContent.DecisionLine;
import org.hamkori.meetings.PaperContent.MinutesItem;
import org.hamkori.meetings.PaperContent.MinutesPaper;
import org.hamkori.shared.text.RichText;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Component;
import org.hamkori.shared.text.Figures;

/**
 * The content of a meeting's minutes as a paper, in the language of the minutes: which
 * written minutes a reader gets, and the items, decisions with their actions, attendance
 * and status the PDF and Word versions both show.
 */
@Component
class MinutesPapers {

	private final Meetings meetings;

	private final MinutesBook book;

	private final AttendanceRegister attendance;

	private final MeetingCalendar calendar;

	private final Directory directory;

	private final ActionItems actions;

	private final RichText richText;

	private final PaperWording wording;

	MinutesPapers(Meetings meetings, MinutesBook book, AttendanceRegister attendance, MeetingCalendar calendar,
			Directory directory, ActionItems actions, RichText richText, PaperWording wording) {
		this.meetings = meetings;
		this.book = book;
		this.attendance = attendance;
		this.calendar = calendar;
		this.directory = directory;
		this.actions = actions;
		this.richText = richText;
		this.wording = wording;
	}

	Minutes minutes(Meeting meeting, String language, Locale reader) {
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
		Summary summary = this.attendance.summary(meeting);
		List<AgendaItem> accepted = this.meetings.agenda(meeting.id())
			.stream()
			.filter((i) -> i.status() == AgendaStatus.ACCEPTED)
			.toList();
		List<MinutesItem> items = new ArrayList<>();
		Map<UUID, String> itemLabels = new HashMap<>();
		for (AgendaItem item : accepted) {
			int number = items.size() + 1;
			String title = PaperWording.text(item.title(), locale);
			String markdown = minutes.summaryOf(item.id().toString());
			items.add(new MinutesItem(number, title, markdown, this.richText.toHtml(markdown)));
			itemLabels.put(item.id(), number + ". " + title);
		}
		List<DecisionLine> decisions = new ArrayList<>();
		for (Decision decision : this.book.decisions(meeting.id())) {
			List<ActionLine> lines = new ArrayList<>();
			for (ActionItem action : this.actions.fromDecision(decision.id())) {
				lines.add(new ActionLine(PaperWording.text(action.title(), locale),
						this.wording.organisationName(organisations, action.ownerOrganisationId(), locale),
						Figures.date(action.dueDate(), locale),
						this.wording.message(action.status().messageKey(), locale)));
			}
			String item = (decision.agendaItemId() != null) ? itemLabels.get(decision.agendaItemId()) : null;
			String text = (decision.text().get(language) != null) ? decision.text().get(language)
					: PaperWording.text(decision.text(), locale);
			decisions.add(new DecisionLine(this.book.decisionNumber(meeting, decision),
					(item != null) ? this.wording.message("papers.decision.item", locale, item) : null, text, lines));
		}
		String opening = minutes.summaryOf(Minutes.OPENING);
		return new MinutesPaper(language, this.calendar.title(meeting, locale), PaperWording.span(meeting, locale),
				meeting.venue(), meeting.onlineLink(), minutesStatus(meeting, locale), summary.total(),
				this.wording.byInstitution(summary, organisations, locale), this.wording.bySex(summary, locale),
				this.wording.quorum(summary, locale), opening, this.richText.toHtml(opening), items, decisions);
	}

	private String minutesStatus(Meeting meeting, Locale locale) {
		if (meeting.status() == MeetingStatus.MINUTES_ADOPTED) {
			String at = (meeting.adoptedAt() != null) ? Figures.date(meeting.adoptedAt().atZone(meeting.zone()), locale)
					: "";
			String by = (meeting.adoptedBy() != null) ? meeting.adoptedBy() : "";
			Optional<Meeting> later = (meeting.adoptedAtMeeting() != null)
					? this.meetings.find(meeting.adoptedAtMeeting()) : Optional.empty();
			return later.isPresent()
					? this.wording.message("papers.status.adoptedAt", locale, at, by, this.meetings.code(later.get()))
					: this.wording.message("papers.status.adopted", locale, at, by);
		}
		if (meeting.status() == MeetingStatus.MINUTES_CIRCULATED) {
			String until = Figures.date(meeting.commentsDeadline(), locale);
			return this.wording.message("papers.status.circulated", locale, until);
		}
		return this.wording.message("papers.status.draft", locale);
	}

}
