package org.hamkori.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Organisation;
import org.hamkori.meetings.AttendanceRegister.Summary;
import org.hamkori.meetings.PaperContent.Count;
import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.hamkori.shared.text.Figures;

/**
 * How the meeting papers word what they share: counts by institution and by sex, the
 * quorum, names in the paper's language, the meeting's time span and the file names.
 * Every paper says these the same way.
 */
@Component
class PaperWording {

	private final Meetings meetings;

	private final MessageSource messages;

	PaperWording(Meetings meetings, MessageSource messages) {
		this.meetings = meetings;
		this.messages = messages;
	}

	List<Count> byInstitution(Summary summary, Map<UUID, Organisation> organisations, Locale locale) {
		List<Count> counts = new ArrayList<>();
		summary.byInstitution()
			.forEach((id, n) -> counts.add(new Count(organisationName(organisations, id, locale), n)));
		counts.sort(java.util.Comparator.comparing(Count::label));
		return counts;
	}

	List<Count> bySex(Summary summary, Locale locale) {
		Map<String, Integer> ordered = new LinkedHashMap<>();
		for (String sex : List.of("F", "M", "X", "?")) {
			if (summary.bySex().containsKey(sex)) {
				ordered.put(sex, summary.bySex().get(sex));
			}
		}
		return ordered.entrySet().stream().map((e) -> new Count(sexLabel(e.getKey(), locale), e.getValue())).toList();
	}

	String quorum(Summary summary, Locale locale) {
		return summary.quorumMet()
				? message("attendance.quorum.met", locale, summary.institutionsPresent(), summary.quorumRequired())
				: message("attendance.quorum.notMet", locale, summary.institutionsPresent(), summary.quorumRequired());
	}

	String sexLabel(String sex, Locale locale) {
		return (sex != null && List.of("F", "M", "X").contains(sex)) ? message("attendance.sex." + sex, locale)
				: message("attendance.sex.unknown", locale);
	}

	String organisationName(Map<UUID, Organisation> organisations, UUID id, Locale locale) {
		Organisation organisation = (id != null) ? organisations.get(id) : null;
		return (organisation != null) ? text(organisation.name(), locale) : "";
	}

	static String text(LocalizedText text, Locale locale) {
		return (text != null) ? text.in(locale) : "";
	}

	String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** The span in the venue's zone: 11 Dec 2026, 10:00 – 13:00. */
	static String span(Meeting meeting, Locale locale) {
		return Figures.span(meeting.start(), meeting.end(), locale);
	}

	/**
	 * {@code CCM-TJ-1-minutes-tg.pdf}: the code without its slash, what, and the type.
	 */
	String fileName(Meeting meeting, String what, String extension) {
		return this.meetings.code(meeting).replaceAll("[^A-Za-z0-9-]", "-") + "-" + what + "." + extension;
	}

}
