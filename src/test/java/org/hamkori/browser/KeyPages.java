package org.hamkori.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages a Tajik secretariat member walks through most, found in the demo data: the
 * list of mechanisms, the mechanism's home and its sections, a meeting and its minutes,
 * an issue, an action, a report's entry grid, and the start page "My work". The layout
 * and accessibility tests open each of them.
 */
final class KeyPages {

	static final String MECHANISM = "CCM-TJ";

	private KeyPages() {
	}

	/**
	 * The key pages, by path: fifteen, a mechanism's documents, "My work", and the public
	 * portal's home, mechanism, decision, recommendation and accountability pages.
	 */
	static List<String> of(JdbcClient jdbc) {
		String m = "/mechanisms/" + MECHANISM;
		UUID meeting = first(jdbc, "select x.id from meeting x join mechanism m on m.id = x.mechanism_id"
				+ " join minutes n on n.meeting_id = x.id where m.code = ? and x.status <> 'DRAFT' order by x.number");
		UUID issue = first(jdbc, "select x.id from issue x join mechanism m on m.id = x.mechanism_id"
				+ " where m.code = ? order by x.title");
		UUID action = first(jdbc, "select x.id from action_item x join mechanism m on m.id = x.mechanism_id"
				+ " where m.code = ? order by x.due_date");
		List<String> pages = new ArrayList<>(List.of("/mechanisms", m, m + "/home", m + "/meetings",
				"/meetings/" + meeting, "/meetings/" + meeting + "/minutes", m + "/issues", "/issues/" + issue,
				m + "/actions", "/actions/" + action, m + "/data-sets", m + "/dashboard", m + "/programmes",
				"/organisations", "/indicators", m + "/documents", "/my-work"));
		// the public portal (decision 0041)
		UUID decision = first(jdbc, "select x.decision_id from action_item x join mechanism m on m.id = x.mechanism_id"
				+ " where m.code = ? and x.decision_number like '%/D2'");
		UUID recommendation = jdbc.sql("select id from recommendation where visibility = 'PUBLIC' order by created_at")
			.query(UUID.class)
			.list()
			.get(0);
		pages.addAll(List.of("/", "/public/" + MECHANISM, "/public/decisions/" + decision,
				"/public/recommendations/" + recommendation, "/public/accountability"));
		return pages;
	}

	/** The entry grid of the remittances the National Bank reports, its latest period. */
	static String grid(JdbcClient jdbc) {
		UUID obligation = jdbc
			.sql("select o.id from reporting_obligation o join data_set d on d.id = o.data_set_id"
					+ " join mechanism m on m.id = d.mechanism_id where d.code = 'DEMO_REMITTANCES' and m.code = ?")
			.param(MECHANISM)
			.query(UUID.class)
			.single();
		String period = jdbc.sql("select max(period) from submission where obligation_id = ?")
			.param(obligation)
			.query(String.class)
			.single();
		return "/data/obligations/" + obligation + "/periods/" + period;
	}

	private static UUID first(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).param(MECHANISM).query(UUID.class).list().get(0);
	}

}
