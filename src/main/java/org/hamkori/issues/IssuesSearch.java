package org.hamkori.issues;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
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
 * Issues, recommendations and policy changes for the one search. An issue and its
 * recommendations are seen as the issue page is ({@link IssueRegister#canSee}: its
 * visibility, plus the regional mechanism once escalated); policy changes by the
 * mechanism's members, as their page.
 */
@Component
class IssuesSearch extends SqlSearchSource {

	private static final String ISSUE = "issue";

	private static final String RECOMMENDATION = "recommendation";

	private static final String POLICY_CHANGE = "policy_change";

	private static final String AUDIENCE = """
			case when i.visibility = 'PUBLIC' then 'PUBLIC'
			  when exists (select 1 from escalation e where e.issue_id = i.id) then 'MEMBERS_AND_REGION'
			  else 'MEMBERS' end as audience""";

	private final SqlSearchKinds kinds;

	private final JdbcClient jdbc;

	private final IssueRegister register;

	private final IssueRepository issues;

	private final Directory directory;

	IssuesSearch(JdbcClient jdbc, IssueRegister register, IssueRepository issues, Directory directory) {
		this.jdbc = jdbc;
		this.register = register;
		this.issues = issues;
		this.directory = directory;
		this.kinds = new SqlSearchKinds(jdbc, new Kind(ISSUE, """
				select x.id, x.mechanism_id, x.title, x.description, x.affected_groups, x.created_at, %s
				from issue x join issue i on i.id = x.id""".formatted(AUDIENCE),
				List.of("x.id", "x.id in (select e.issue_id from escalation e where e.id = :id)"),
				(rs, n) -> new SearchEntry(ISSUE, rs.getObject("id", UUID.class),
						rs.getObject("mechanism_id", UUID.class), LocalizedTextColumns.parse(rs.getString("title")),
						SqlSearchKinds.words(LocalizedTextColumns.parse(rs.getString("description")),
								rs.getString("affected_groups")),
						"/issues/" + rs.getString("id"), SqlSearchKinds.date(rs, "created_at"),
						Audience.valueOf(rs.getString("audience")))),
				new Kind(RECOMMENDATION, """
						select x.id, x.mechanism_id, x.issue_id, x.text, x.created_at, %s
						from recommendation x join issue i on i.id = x.issue_id""".formatted(AUDIENCE),
						List.of("x.id", "x.issue_id"), (rs, n) -> {
							LocalizedText text = LocalizedTextColumns.parse(rs.getString("text"));
							return new SearchEntry(RECOMMENDATION, rs.getObject("id", UUID.class),
									rs.getObject("mechanism_id", UUID.class), SqlSearchKinds.shortened(text),
									SqlSearchKinds.words(text), "/issues/" + rs.getString("issue_id"),
									SqlSearchKinds.date(rs, "created_at"), Audience.valueOf(rs.getString("audience")));
						}),
				new Kind(POLICY_CHANGE, """
						select x.id, x.mechanism_id, x.title, x.reference_number, x.issuing_body, x.adopted_on
						from policy_change x""", List.of("x.id"),
						(rs, n) -> new SearchEntry(POLICY_CHANGE, rs.getObject("id", UUID.class),
								rs.getObject("mechanism_id", UUID.class),
								LocalizedTextColumns.parse(rs.getString("title")),
								SqlSearchKinds.words(rs.getString("reference_number"), rs.getString("issuing_body")),
								"/mechanisms/" + code(rs.getObject("mechanism_id", UUID.class)) + "/policy-changes",
								rs.getObject("adopted_on", java.time.LocalDate.class), Audience.MEMBERS)));
	}

	@Override
	protected SqlSearchKinds kinds() {
		return this.kinds;
	}

	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return switch (type) {
			case ISSUE -> visibleIssues(viewer, ids, ids.stream().collect(Collectors.toMap((id) -> id, (id) -> id)));
			case RECOMMENDATION ->
				visibleIssues(viewer, ids, this.jdbc.sql("select id, issue_id from recommendation where id in (:ids)")
					.param("ids", ids)
					.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("issue_id", UUID.class)))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
			case POLICY_CHANGE -> this.jdbc.sql("select id, mechanism_id from policy_change where id in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("mechanism_id", UUID.class)))
				.list()
				.stream()
				.filter((e) -> viewer.admin() || viewer.isMemberOf(e.getValue()))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			default -> Set.of();
		};
	}

	private Set<UUID> visibleIssues(Viewer viewer, Collection<UUID> ids, Map<UUID, UUID> issueOf) {
		Set<UUID> seen = new HashSet<>();
		this.issues.findAllById(new HashSet<>(issueOf.values())).forEach((issue) -> {
			if (this.register.canSee(viewer, issue)) {
				seen.add(issue.id());
			}
		});
		return ids.stream().filter((id) -> seen.contains(issueOf.get(id))).collect(Collectors.toSet());
	}

	private String code(UUID mechanismId) {
		return this.directory.mechanism(mechanismId).map(Mechanism::code).orElse("");
	}

}
