package org.hamkori.issues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.documents.LibraryLinkTargets;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.programmes.Programmes;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * The records a library document may be linked to: issues, meetings, decisions and
 * programmes, as the viewer may see them. This module already reads all four to link
 * evidence to an issue ({@link LinkedRecords}), so it answers for the library too; a
 * record the viewer may not see is neither named nor offered.
 */
@Component
class LibraryLinkables implements LibraryLinkTargets {

	static final String ISSUE = "issue";

	static final String MEETING = "meeting";

	static final String DECISION = "decision";

	static final String PROGRAMME = "programme";

	private final IssueRegister issues;

	private final Meetings meetings;

	private final MinutesBook minutes;

	private final Programmes programmes;

	private final Directory directory;

	LibraryLinkables(IssueRegister issues, Meetings meetings, MinutesBook minutes, Programmes programmes,
			Directory directory) {
		this.issues = issues;
		this.meetings = meetings;
		this.minutes = minutes;
		this.programmes = programmes;
		this.directory = directory;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ISSUE, MEETING, DECISION, PROGRAMME);
	}

	@Override
	public Optional<Target> target(String kind, UUID id, Viewer viewer) {
		return switch (kind) {
			case ISSUE -> this.issues.find(id)
				.filter((i) -> this.issues.canSee(viewer, i))
				.map((i) -> new Target(ISSUE, i.id(), i.title(), "/issues/" + i.id()));
			case MEETING -> this.meetings.findVisible(viewer, id).map(this::meeting);
			case DECISION -> this.minutes.decision(id)
				.flatMap((d) -> this.meetings.findVisible(viewer, d.meetingId())
					.map((m) -> new Target(DECISION, d.id(), numbered(this.minutes.decisionNumber(m, d), d.text()),
							"/decisions/" + d.id())));
			case PROGRAMME -> this.programmes.visible(id, viewer)
				.map((p) -> new Target(PROGRAMME, p.id(), p.title(), "/programmes/" + p.id()));
			default -> Optional.empty();
		};
	}

	@Override
	public List<Target> choices(UUID mechanismId, Viewer viewer) {
		List<Target> result = new ArrayList<>();
		this.directory.mechanism(mechanismId)
			.ifPresent((mechanism) -> this.issues.of(viewer, mechanism)
				.stream()
				.filter((i) -> i.mechanismId().equals(mechanismId))
				.forEach((i) -> result.add(new Target(ISSUE, i.id(), i.title(), "/issues/" + i.id()))));
		List<Meeting> held = this.meetings.ofMechanism(mechanismId, viewer);
		held.forEach((m) -> result.add(meeting(m)));
		for (Meeting m : held) {
			this.minutes.decisions(m.id())
				.forEach((d) -> result.add(new Target(DECISION, d.id(),
						numbered(this.minutes.decisionNumber(m, d), d.text()), "/decisions/" + d.id())));
		}
		this.programmes.of(mechanismId, viewer)
			.forEach((p) -> result.add(new Target(PROGRAMME, p.id(), p.title(), "/programmes/" + p.id())));
		return result;
	}

	private Target meeting(Meeting m) {
		return new Target(MEETING, m.id(), numbered(this.meetings.code(m), m.title()), "/meetings/" + m.id());
	}

	/** The text in every language it has, each preceded by the record's number. */
	private static LocalizedText numbered(String number, LocalizedText text) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		text.values().forEach((lang, value) -> values.put(lang, number + " " + value));
		if (values.isEmpty()) {
			values.put("en", number);
		}
		return LocalizedText.of(values);
	}

}
