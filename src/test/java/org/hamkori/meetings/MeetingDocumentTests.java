package org.hamkori.meetings;

import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.documents.SampleFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Documents of a meeting: the secretariat attaches them to the meeting or an agenda item;
 * members of the mechanism download them; members of another mechanism see nothing of a
 * members-only document, by page, by API or by its direct download address.
 */
@HamkoriWebTest
class MeetingDocumentTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void membersOnlyDocumentsStayWithinTheMechanism() {
		String title = "Documents " + UUID.randomUUID();
		UUID meeting = MeetingTestSupport.announced(this.mvc, this.jdbc, title);
		assertThat(upload(meeting, "secretariat.tj", "briefing-note.pdf", SampleFiles.pdf(), "MEMBERS"))
			.hasRedirectedUrl("/meetings/" + meeting + "?uploaded#documents");
		UUID document = this.jdbc.sql("select id from document where owner_kind = 'meeting' and owner_id = ?")
			.param(meeting)
			.query(UUID.class)
			.single();

		assertThat(this.mvc.get().uri("/meetings/" + meeting).with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains("briefing-note.pdf")
			.doesNotContain("name=\"agendaItem\"");
		assertThat(this.mvc.get().uri("/meetings/" + meeting).with(as("secretariat.tj"))).bodyText()
			.contains("name=\"agendaItem\"", "enctype=\"multipart/form-data\"");
		assertThat(this.mvc.get().uri("/documents/" + document).with(as("focal.mol.tj"))).hasStatusOk();

		// another country's secretariat: page, direct address and API all say "not found"
		assertThat(this.mvc.get().uri("/meetings/" + meeting).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/documents/" + document).with(as("secretariat.kz"))).hasStatus(404);
		String token = TestRequests.apiToken(this.mvc, "secretariat.kz");
		assertThat(this.mvc.get().uri("/api/v1/documents/" + document).header("Authorization", "Bearer " + token))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/meetings/" + meeting).header("Authorization", "Bearer " + token))
			.hasStatus(404);
		// and anonymous visitors too
		assertThat(this.mvc.get().uri("/documents/" + document)).hasStatus(404);
	}

	@Test
	void aRenamedProgramIsRefusedWithAMessageAndOnlyTheSecretariatUploads() {
		UUID meeting = MeetingTestSupport.announced(this.mvc, this.jdbc, "Upload rules " + UUID.randomUUID());
		assertThat(upload(meeting, "secretariat.tj", "agenda.pdf", SampleFiles.exe(), "MEMBERS")).hasStatusOk()
			.bodyText()
			.contains("role=\"alert\"");
		assertThat(this.jdbc.sql("select count(*) from document where owner_id = ?")
			.param(meeting)
			.query(Long.class)
			.single()).isZero();
		assertThat(upload(meeting, "focal.mol.tj", "notes.pdf", SampleFiles.pdf(), "MEMBERS")).hasStatus(403);
		assertThat(upload(meeting, "secretariat.kz", "notes.pdf", SampleFiles.pdf(), "MEMBERS")).hasStatus(404);
	}

	@Test
	void theMeetingPackMergesInTheAttachedPdfsTheViewerMaySee() throws Exception {
		UUID meeting = MeetingTestSupport.announced(this.mvc, this.jdbc, "Pack " + UUID.randomUUID());
		int before = pages(meeting, "focal.mol.tj");
		upload(meeting, "secretariat.tj", "background.pdf", SampleFiles.pdf(), "MEMBERS");
		upload(meeting, "secretariat.tj", "secretariat-only.pdf", SampleFiles.pdf(), "RESTRICTED");
		int attached;
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(SampleFiles.pdf())) {
			attached = pdf.getNumberOfPages();
		}
		// the member gets the members' PDF merged in; the secretariat also the restricted
		// one
		assertThat(pages(meeting, "focal.mol.tj")).isEqualTo(before + attached);
		assertThat(pages(meeting, "secretariat.tj")).isEqualTo(before + 2 * attached);
	}

	private int pages(UUID meeting, String user) throws Exception {
		byte[] pdf = this.mvc.get()
			.uri("/meetings/" + meeting + "/pack.pdf")
			.with(as(user))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	private MvcTestResult upload(UUID meeting, String user, String name, byte[] content, String visibility) {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/meetings/" + meeting + "/documents")
			.file(new MockMultipartFile("file", name, "application/pdf", content))
			.param("visibility", visibility)
			.with(as(user))
			.with(csrf()));
	}

}
