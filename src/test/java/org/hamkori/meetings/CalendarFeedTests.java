package org.hamkori.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestViewers;
import org.hamkori.accounts.AccountManagement;
import org.hamkori.accounts.NewUserForm;
import org.hamkori.directory.Directory;
import org.hamkori.directory.EndMembershipForm;
import org.hamkori.directory.Membership;
import org.hamkori.directory.MembershipForm;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.directory.PersonForm;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.hamkori.meetings.MeetingTestSupport.draft;
import static org.hamkori.meetings.MeetingTestSupport.post;

/**
 * A private calendar address answers for its user as they are now: it stops (404) when
 * the account is disabled, and lists only meetings the user may still open, so a meeting
 * they were invited to drops out when they leave the mechanism, as on the pages.
 */
@HamkoriWebTest
class CalendarFeedTests {

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	MembershipManagement memberships;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Rsvp rsvp;

	@Test
	void aDisabledAccountsFeedAnswers404() {
		Member member = newMember();
		assertThat(this.mvc.get().uri(member.feed())).hasStatusOk();
		this.accounts.setEnabled("admin", member.userId(), false);
		assertThat(this.mvc.get().uri(member.feed())).hasStatus(404);
	}

	@Test
	void aMeetingSomeoneWasInvitedToLeavesTheirFeedWhenTheyLeave() {
		Member member = newMember();
		String title = "Feed after leaving " + UUID.randomUUID();
		UUID meeting = draft(this.mvc, title);
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + meeting + "/announce", "version",
				"" + this.jdbc.sql("select version from meeting where id = ?")
					.param(meeting)
					.query(Integer.class)
					.single()))
			.hasRedirectedUrl("/meetings/" + meeting + "?announced");
		assertThat(this.jdbc.sql("select count(*) from invitation where meeting_id = ? and person_id = ?")
			.params(meeting, member.personId())
			.query(Long.class)
			.single()).as("invited while a member").isOne();
		assertThat(unfolded(member.feed())).contains(title);

		Membership seat = member.membership();
		this.memberships.end(manager(), seat.id(),
				new EndMembershipForm(this.directory.today().minusDays(1), "left", seat.version()));

		assertThat(this.mvc.get().uri("/meetings/" + meeting).with(as(member.username()))).hasStatus(404);
		assertThat(this.mvc.get().uri(member.feed())).hasStatusOk();
		assertThat(unfolded(member.feed())).doesNotContain(title);
	}

	private Viewer manager() {
		return TestViewers.seated(this.directory, "CCM-TJ", MembershipRole.SECRETARIAT);
	}

	private Member newMember() {
		String username = "feed-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = this.directory.today();
		Membership membership = this.memberships.start(manager(), "CCM-TJ",
				new MembershipForm(this.directory.organisations().get(0).id(), null,
						new PersonForm("Feed Reader " + username, "", "", "", "en", "", false), MembershipRole.MEMBER,
						today.minusDays(30), null));
		org.hamkori.accounts.TestAccounts.open(this.context, username, membership.personId(), "en",
				"samarkand blue tiles at dawn");
		UUID userId = this.accounts.accounts(username, 0, 1).getContent().get(0).id();
		Viewer viewer = new Viewer(userId, username, membership.personId(), false,
				this.directory.seatsOf(membership.personId()));
		String token = this.rsvp.feedToken(this.rsvp.createFeed(viewer));
		return new Member(username, userId, membership.personId(), membership, "/calendar/" + token + ".ics");
	}

	record Member(String username, UUID userId, UUID personId, Membership membership, String feed) {
	}

	/**
	 * The feed with its folded lines joined again (RFC 5545 3.1), so titles can be
	 * searched.
	 */
	private String unfolded(String feed) {
		try {
			return this.mvc.get()
				.uri(feed)
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
				.replace("\r\n ", "");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
