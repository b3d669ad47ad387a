package org.hamkori;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page that only some roles may open, walked as each demo role: those on the
 * allowlist get the page, everyone else is refused (403 inside their own mechanism, 404
 * outside it, a login redirect when anonymous).
 */
@HamkoriWebTest
class RoleRouteTests {

	static final List<String> USERS = List.of("observer.tj", "focal.nbt.tj", "chair.tj", "secretariat.tj",
			"secretariat.kz", "regional", "admin");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void errorPagesStillShowWhoIsSignedIn() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-XX").with(TestRequests.as("secretariat.kz"))).hasStatus(404)
			.bodyText()
			.contains("Log out")
			.doesNotContain(">Log in<");
	}

	@Test
	void restrictedPagesOpenOnlyForTheirRoles() {
		UUID membership = this.jdbc
			.sql("select m.id from membership m join person p on p.id = m.person_id "
					+ "where p.email = 'b.sharipov@nbt.example.tj'")
			.query(UUID.class)
			.single();
		UUID person = this.jdbc.sql("select id from person where email = 'b.sharipov@nbt.example.tj'")
			.query(UUID.class)
			.single();
		UUID user = this.jdbc.sql("select id from app_user where username = 'observer.tj'").query(UUID.class).single();
		UUID bank = this.jdbc.sql("select id from organisation where acronym = 'NBT'").query(UUID.class).single();
		UUID programme = this.jdbc
			.sql("select id from programme where visibility = 'MEMBERS' and title like '%Reintegration of returning%'")
			.query(UUID.class)
			.single();
		Set<String> managers = Set.of("secretariat.tj", "admin");
		Set<String> tajikMembers = Set.of("observer.tj", "focal.nbt.tj", "chair.tj", "secretariat.tj", "admin");
		Map<String, Set<String>> allowed = Map.ofEntries(Map.entry("/organisations/" + bank + "/edit", managers),
				Map.entry("/mechanisms/CCM-TJ/access-requests", managers),
				Map.entry("/mechanisms/CCM-TJ/memberships/new", managers),
				Map.entry("/mechanisms/CCM-TJ/audit", managers),
				Map.entry("/memberships/" + membership + "/edit", managers),
				Map.entry("/memberships/" + membership + "/end", managers),
				Map.entry("/people/" + person + "/edit", managers),
				Map.entry("/organisations/new", Set.of("secretariat.tj", "secretariat.kz", "regional", "admin")),
				Map.entry("/admin/users", Set.of("admin")), Map.entry("/admin/users/new", Set.of("admin")),
				Map.entry("/admin/users/" + user + "/disable", Set.of("admin")),
				Map.entry("/admin/users/" + user + "/two-factor/reset", Set.of("admin")),
				Map.entry("/profile", Set.copyOf(USERS)), Map.entry("/my-work", Set.copyOf(USERS)),
				Map.entry("/actions/mine", Set.copyOf(USERS)), Map.entry("/mechanisms/CCM-TJ/actions/new", managers),
				Map.entry("/mechanisms/CCM-TJ/actions", tajikMembers),
				Map.entry("/mechanisms/CCM-TJ/actions/summary", tajikMembers),
				Map.entry("/mechanisms/CCM-TJ/meetings", tajikMembers),
				Map.entry("/mechanisms/CCM-TJ/meetings/calendar", tajikMembers),
				Map.entry("/mechanisms/CCM-TJ/documents", tajikMembers),
				Map.entry("/mechanisms/CCM-TJ/meetings/new", managers),
				Map.entry("/meetings/calendar-feeds", Set.copyOf(USERS)),
				Map.entry("/mechanisms/CCM-TJ/programmes/new", managers),
				Map.entry("/mechanisms/CCM-TJ/agreements/new", managers),
				Map.entry("/programmes/" + programme + "/edit", managers),
				Map.entry("/mechanisms/CCM-TJ/sdg-10-7-2", union(tajikMembers, Set.of("regional"))),
				Map.entry("/mechanisms/CCM-TJ/sdg-10-7-2/2025", union(tajikMembers, Set.of("regional"))),
				Map.entry("/regional/sdg-10-7-2", Set.of("observer.tj", "chair.tj", "regional", "admin")),
				Map.entry("/mechanisms/CCM-TJ/data/reports", managers),
				Map.entry("/regional/data", Set.of("regional", "admin")));
		List<String> problems = new ArrayList<>();
		allowed.forEach((url, users) -> {
			int anonymous = this.mvc.get().uri(url).exchange().getResponse().getStatus();
			if (anonymous != 302) {
				problems.add("anonymous " + url + " -> " + anonymous);
			}
			for (String username : USERS) {
				int status = this.mvc.get()
					.uri(url)
					.with(TestRequests.as(username))
					.exchange()
					.getResponse()
					.getStatus();
				boolean ok = users.contains(username) ? status == 200 : (status == 403 || status == 404);
				if (!ok) {
					problems.add(username + " " + url + " -> " + status);
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new java.util.HashSet<>(a);
		all.addAll(b);
		return all;
	}

}
