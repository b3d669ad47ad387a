package org.hamkori.documents;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.hamkori.documents.DocumentsTestSupport.CCM_TJ;
import static org.hamkori.documents.DocumentsTestSupport.newMeeting;
import static org.hamkori.documents.DocumentsTestSupport.upload;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Removal: the uploader or the mechanism's secretariat, after a confirmation page, with a
 * CSRF token, audited; other members are refused and other mechanisms see nothing.
 */
@HamkoriWebTest
class DocumentsRemovalTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatConfirmsThenRemovesAndTheRemovalIsAudited() {
		StoredDocument d = upload(this.documents, newMeeting(), Visibility.MEMBERS, Set.of(), "old agenda.pdf",
				SampleFiles.pdf());
		String url = "/documents/" + d.id() + "/delete";
		assertThat(this.mvc.get().uri(url + "?back=/mechanisms/CCM-TJ").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("old agenda.pdf")
			.contains("name=\"_csrf\"")
			.contains("value=\"/mechanisms/CCM-TJ\"");
		assertThat(this.mvc.post().uri(url).with(as("secretariat.tj")).param("back", "/mechanisms/CCM-TJ"))
			.hasStatus(403);
		assertThat(this.mvc.post().uri(url).with(as("secretariat.tj")).with(csrf()).param("back", "/mechanisms/CCM-TJ"))
			.hasRedirectedUrl("/mechanisms/CCM-TJ");
		assertThat(this.mvc.get().uri("/documents/" + d.id()).with(as("secretariat.tj"))).hasStatus(404);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where record_id = ? and action = 'deleted'")
			.param(d.id())
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void otherMembersAreRefusedAndOtherMechanismsSeeNothing() {
		StoredDocument d = upload(this.documents, newMeeting(), Visibility.MEMBERS, Set.of(), "keep.pdf",
				SampleFiles.pdf());
		String url = "/documents/" + d.id() + "/delete";
		assertThat(this.mvc.get().uri(url).with(as("focal.nbt.tj"))).hasStatus(403);
		assertThat(this.mvc.post().uri(url).with(as("focal.nbt.tj")).with(csrf())).hasStatus(403);
		assertThat(this.mvc.get().uri(url).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.post().uri(url).with(as("secretariat.kz")).with(csrf())).hasStatus(404);
		assertThat(this.mvc.get().uri(url)).hasStatus(302);
		assertThat(this.mvc.get().uri("/documents/" + d.id()).with(as("focal.nbt.tj"))).hasStatusOk();
	}

	@Test
	void theUploaderMayRemoveTheirOwnAndIsNeverSentToAnotherSite() {
		Viewer ministry = new Viewer(UUID.randomUUID(), "focal.mol.tj", null, false,
				List.of(new Viewer.Seat(CCM_TJ, "CCM-TJ", false, MembershipRole.FOCAL_POINT)));
		StoredDocument d = this.documents.upload(newMeeting(), CCM_TJ, Visibility.MEMBERS, Set.of(), "update.png",
				SampleFiles.png().length, new java.io.ByteArrayInputStream(SampleFiles.png()), ministry);
		assertThat(this.mvc.post()
			.uri("/documents/" + d.id() + "/delete")
			.with(as("focal.mol.tj"))
			.with(csrf())
			.param("back", "//evil.example/phish")).hasRedirectedUrl("/");
		assertThat(this.documents.visible(d.id(), ministry)).isEmpty();
	}

}
