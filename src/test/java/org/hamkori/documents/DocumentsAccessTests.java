package org.hamkori.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.apiToken;
import static org.hamkori.TestRequests.as;
import static org.hamkori.documents.DocumentsTestSupport.newMeeting;
import static org.hamkori.documents.DocumentsTestSupport.upload;

/**
 * Who may download: members of the document's mechanism for members-only files, anyone
 * for public ones, the secretariat and named institutions for restricted ones; everyone
 * else gets 404 by page and by API, and lists leave the document out.
 */
@HamkoriWebTest
class DocumentsAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMembersDocumentOfTajikistanIsHiddenFromKazakhstanByPageAndApi() {
		StoredDocument d = upload(this.documents, newMeeting(), Visibility.MEMBERS, Set.of(), "agenda.pdf",
				SampleFiles.pdf());
		String url = "/documents/" + d.id();
		assertThat(this.mvc.get().uri(url).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/api/v1" + url)
			.header("Authorization", "Bearer " + apiToken(this.mvc, "secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri(url).with(as("focal.mol.tj"))).hasStatusOk();
		assertThat(this.mvc.get()
			.uri("/api/v1" + url)
			.header("Authorization", "Bearer " + apiToken(this.mvc, "focal.mol.tj"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1" + url)).hasStatus(401);
	}

	@Test
	void anonymousVisitorsGetPublicDocumentsOnly() {
		StoredDocument members = upload(this.documents, newMeeting(), Visibility.MEMBERS, Set.of(), "internal.pdf",
				SampleFiles.pdf());
		StoredDocument open = upload(this.documents, newMeeting(), Visibility.PUBLIC, Set.of(), "decision.pdf",
				SampleFiles.pdf());
		assertThat(this.mvc.get().uri("/documents/" + members.id())).hasStatus(404);
		assertThat(this.mvc.get().uri("/documents/" + open.id())).hasStatusOk()
			.hasHeader("Cache-Control", "max-age=300, public");
		assertThat(this.mvc.get().uri("/documents/" + UUID.randomUUID())).hasStatus(404);
		assertThat(this.mvc.get().uri("/documents/not-a-uuid")).hasStatus(404);
	}

	@Test
	void restrictedDocumentsReachTheSecretariatAndNamedInstitutionsOnly() {
		UUID ministry = DocumentsTestSupport.institutionOf(this.jdbc, "focal.mol.tj");
		DocumentOwner owner = newMeeting();
		StoredDocument d = upload(this.documents, owner, Visibility.RESTRICTED, Set.of(ministry), "draft.docx",
				SampleFiles.docx());
		String url = "/documents/" + d.id();
		assertThat(this.mvc.get().uri(url).with(as("secretariat.tj"))).hasStatusOk();
		assertThat(this.mvc.get().uri(url).with(as("focal.mol.tj"))).hasStatusOk();
		assertThat(this.mvc.get().uri(url).with(as("focal.nbt.tj"))).hasStatus(404);
		assertThat(this.mvc.get().uri(url).with(as("secretariat.kz"))).hasStatus(404);
		Viewer bank = new Viewer(UUID.randomUUID(), "focal.nbt.tj", null, false,
				List.of(new Viewer.Seat(DocumentsTestSupport.CCM_TJ, "CCM-TJ", false,
						org.hamkori.shared.security.MembershipRole.FOCAL_POINT,
						DocumentsTestSupport.institutionOf(this.jdbc, "focal.nbt.tj"))));
		assertThat(this.documents.visibleOn(owner, bank)).isEmpty();
		assertThat(this.documents.visibleOn(owner, DocumentsTestSupport.secretariatTj())).containsExactly(d);
		assertThat(this.documents.visibleOn(List.of(owner, newMeeting()), bank)).isEmpty();
	}

	@Test
	void downloadsAreAttachmentsWithTheDetectedTypeNeverSniffedNorCached() throws Exception {
		byte[] content = SampleFiles.xlsx();
		StoredDocument d = upload(this.documents, newMeeting(), Visibility.MEMBERS, Set.of(),
				"Денежные переводы \"2026\".xlsx", content);
		var response = this.mvc.get().uri("/documents/" + d.id()).with(as("focal.mol.tj")).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''%D0%94%D0%B5%D0%BD%D0%B5%D0%B6%D0%BD%D1%8B%D0%B5");
		assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.getHeader("Cache-Control")).contains("no-store").contains("private");
		assertThat(response.getContentAsByteArray()).isEqualTo(content);
		var api = this.mvc.get()
			.uri("/api/v1/documents/" + d.id())
			.header("Authorization", "Bearer " + apiToken(this.mvc, "focal.mol.tj"))
			.exchange()
			.getResponse();
		assertThat(api.getHeader("Content-Disposition")).startsWith("attachment;");
		assertThat(api.getHeader("Cache-Control")).contains("no-store");
		assertThat(api.getContentAsByteArray()).isEqualTo(content);
		assertThat(new String(api.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).startsWith("PK");
	}

}
