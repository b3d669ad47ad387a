package org.hamkori.meetings;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.search.SearchEntry;
import org.hamkori.shared.search.SearchEntry.Audience;
import org.hamkori.shared.search.SqlSearchKinds;
import org.hamkori.shared.search.SqlSearchSource;
import org.hamkori.shared.search.SqlSearchKinds.Kind;
import org.hamkori.shared.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meetings, agenda items, decisions and minutes for the one search. Each is seen by
 * whoever may see its meeting ({@link Meetings#canSee(Viewer, Meeting)}).
 */
@Component
class MeetingsSearch extends SqlSearchSource {

	private static final String MEETING = "meeting";

	private final SqlSearchKinds kinds;

	private final JdbcClient jdbc;

	private final MeetingRepository meetings;

	MeetingsSearch(JdbcClient jdbc, MeetingRepository meetings) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.kinds = new SqlSearchKinds(jdbc,
				new Kind(MEETING, "select x.id, x.mechanism_id, x.title, x.venue, x.starts_local from meeting x",
						List.of("x.id"),
						(rs, n) -> new SearchEntry(MEETING, rs.getObject("id", UUID.class),
								rs.getObject("mechanism_id", UUID.class), title(rs.getString("title")),
								SqlSearchKinds.words(rs.getString("venue")), "/meetings/" + rs.getString("id"),
								SqlSearchKinds.date(rs, "starts_local"), Audience.MEMBERS)),
				new Kind("agenda_item", """
						select x.id, x.meeting_id, x.title, m.mechanism_id, m.starts_local
						from agenda_item x join meeting m on m.id = x.meeting_id""", List.of("x.id", "x.meeting_id"),
						(rs, n) -> new SearchEntry("agenda_item", rs.getObject("id", UUID.class),
								rs.getObject("mechanism_id", UUID.class), title(rs.getString("title")), "",
								"/meetings/" + rs.getString("meeting_id"), SqlSearchKinds.date(rs, "starts_local"),
								Audience.MEMBERS)),
				new Kind("decision", """
						select x.id, x.meeting_id, x.text, m.mechanism_id, m.starts_local
						from decision x join meeting m on m.id = x.meeting_id""", List.of("x.id", "x.meeting_id"),
						(rs, n) -> {
							LocalizedText text = title(rs.getString("text"));
							return new SearchEntry("decision", rs.getObject("id", UUID.class),
									rs.getObject("mechanism_id", UUID.class), SqlSearchKinds.shortened(text),
									SqlSearchKinds.words(text), "/decisions/" + rs.getString("id"),
									SqlSearchKinds.date(rs, "starts_local"), Audience.MEMBERS);
						}),
				new Kind("minutes", """
						select x.id, x.meeting_id, x.summaries, m.title, m.mechanism_id, m.starts_local
						from minutes x join meeting m on m.id = x.meeting_id""", List.of("x.id", "x.meeting_id"),
						(rs, n) -> new SearchEntry("minutes", rs.getObject("id", UUID.class),
								rs.getObject("mechanism_id", UUID.class), title(rs.getString("title")),
								String.join("\n", Minutes.parse(rs.getString("summaries")).values()),
								"/meetings/" + rs.getString("meeting_id") + "/minutes",
								SqlSearchKinds.date(rs, "starts_local"), Audience.MEMBERS)));
	}

	@Override
	protected SqlSearchKinds kinds() {
		return this.kinds;
	}

	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		if (!this.kinds.types().contains(type) || ids.isEmpty()) {
			return Set.of();
		}
		Map<UUID, UUID> meetingOf = MEETING.equals(type)
				? ids.stream().collect(Collectors.toMap((id) -> id, (id) -> id, (a, b) -> a))
				: this.jdbc.sql("select id, meeting_id from " + type + " where id in (:ids)")
					.param("ids", ids)
					.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class)))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Set<UUID> seen = new HashSet<>();
		this.meetings.findAllById(new HashSet<>(meetingOf.values()))
			.stream()
			.filter((m) -> Meetings.canSee(viewer, m))
			.forEach((m) -> seen.add(m.id()));
		return meetingOf.entrySet()
			.stream()
			.filter((e) -> seen.contains(e.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private static LocalizedText title(String json) {
		return LocalizedTextColumns.parse(json);
	}

}
