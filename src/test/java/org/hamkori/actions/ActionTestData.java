package org.hamkori.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.MembershipForm;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.directory.OrganisationForm;
import org.hamkori.directory.OrganisationType;
import org.hamkori.directory.PersonForm;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Creates what action tests need through the real services, with unique names: actions of
 * demo institutions, and fresh institutions seated in a mechanism when a test must count
 * exactly (reminder e-mails, summary figures).
 */
final class ActionTestData {

	/** A platform admin acting as a test secretariat: may manage every mechanism. */
	static final Viewer SECRETARIAT = new Viewer(UUID.randomUUID(), "test.secretariat", null, true, List.of());

	private final ActionItems actions;

	private final Directory directory;

	private final MembershipManagement memberships;

	private final JdbcClient jdbc;

	ActionTestData(ActionItems actions, Directory directory, MembershipManagement memberships, JdbcClient jdbc) {
		this.actions = actions;
		this.directory = directory;
		this.memberships = memberships;
		this.jdbc = jdbc;
	}

	UUID mechanism(String code) {
		return this.directory.mechanismOrThrow(code).id();
	}

	UUID organisation(String acronym, String country) {
		return this.jdbc.sql("select id from organisation where acronym = ? and country_code = ?")
			.params(acronym, country)
			.query(UUID.class)
			.single();
	}

	ActionItem action(String code, UUID owner, String title, LocalDate due) {
		return this.actions.create(new NewAction(mechanism(code), LocalizedText.of(Map.of("en", title)), owner, null,
				due, null, null, null), SECRETARIAT);
	}

	ActionItem demoAction(String code, UUID owner, String title, LocalDate due, ActionStatus status, String reason) {
		return this.actions.createForDemo(new NewAction(mechanism(code), LocalizedText.of(Map.of("en", title)), owner,
				null, due, null, null, null), status, reason);
	}

	/** A new institution seated in the mechanism; returns its id. */
	UUID institution(String code, String name) {
		return this.memberships
			.createOrganisation(SECRETARIAT,
					new OrganisationForm(name, "", "", "", "", "", "", OrganisationType.GOVERNMENT_AGENCY, "", ""))
			.id();
	}

	/** Seats a new person for the institution; returns the person's e-mail. */
	String seat(String code, UUID organisation, MembershipRole role, String language) {
		String email = "p" + UUID.randomUUID().toString().substring(0, 12) + "@actions.example.tj";
		this.memberships.start(SECRETARIAT, code,
				new MembershipForm(organisation, null,
						new PersonForm("Test Person " + UUID.randomUUID(), "", email, "", language, "", false), role,
						LocalDate.of(2024, 1, 1), null));
		return email;
	}

	long countActionsTitled(String title) {
		return this.jdbc.sql("select count(*) from action_item where title like ?")
			.param("%" + title + "%")
			.query(Long.class)
			.single();
	}

}
