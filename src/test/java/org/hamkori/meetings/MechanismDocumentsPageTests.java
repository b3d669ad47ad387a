package org.hamkori.meetings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.Documents;
import org.hamkori.documents.SampleFiles;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * A mechanism's documents page lists what the viewer may see and nothing else: a member
 * sees the members' papers of an announced meeting, not the secretariat's restricted ones
 * nor those of a draft meeting, and the count agrees; another country's secretariat gets
 * 404; a mechanism without documents says so.
 */
@HamkoriWebTest
class MechanismDocumentsPageTests {

	private static final UUID CCM_TJ = UUID.fromString("00000000-0000-4000-8000-000000000103");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents documents;

	@Test
	void membersSeeOnlyTheDocumentsTheyMaySee() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID announced = MeetingTestSupport.announced(this.mvc, this.jdbc, "Library " + tag);
		UUID draft = MeetingTestSupport.draft(this.mvc, "Library draft " + tag);
		String open = upload(Meeting.DOCUMENT_KIND, announced, Visibility.MEMBERS, "open-" + tag + ".pdf");
		String restricted = upload(Meeting.DOCUMENT_KIND, announced, Visibility.RESTRICTED, "closed-" + tag + ".pdf");
		String drafted = upload(Meeting.DOCUMENT_KIND, draft, Visibility.MEMBERS, "draft-" + tag + ".pdf");

		String member = page("focal.mol.tj", "CCM-TJ");
		assertThat(member).contains(open, "Library " + tag, "/meetings/" + announced + "#documents")
			.doesNotContain(restricted)
			.doesNotContain(drafted)
			.doesNotContain("Library draft " + tag);
		String secretariat = page("secretariat.tj", "CCM-TJ");
		assertThat(secretariat).contains(open, restricted, drafted);
		// newest first
		assertThat(secretariat.indexOf(drafted)).isLessThan(secretariat.indexOf(open));
		// what a member may not see is not counted either
		assertThat(count(member)).isLessThanOrEqualTo(count(secretariat) - 2);

		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/documents").with(as("secretariat.kz"))).hasStatus(404);
		assertThat(page("secretariat.kz", "CCM-KZ")).doesNotContain(open);
	}

	@Test
	void aMechanismWithoutDocumentsSaysSo() {
		assertThat(page("secretariat.kg", "CCM-KG")).contains("There are no documents you may see yet.")
			.doesNotContain("<table");
	}

	@Test
	void theNavigationLeadsToTheDocumentsPage() {
		assertThat(page("focal.mol.tj", "CCM-TJ"))
			.containsPattern("<a href=\"/mechanisms/CCM-TJ/documents\"[^>]*aria-current=\"page\"")
			.contains("Documents of");
	}

	private String page(String user, String mechanism) {
		MvcTestResult result = this.mvc.get()
			.uri("/mechanisms/{m}/documents?lang=en", mechanism)
			.with(as(user))
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static int count(String page) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d[\\d,]*) documents?<").matcher(page);
		assertThat(m.find()).as("the count of documents").isTrue();
		return Integer.parseInt(m.group(1).replace(",", ""));
	}

	private String upload(String kind, UUID owner, Visibility visibility, String name) {
		byte[] pdf = SampleFiles.pdf();
		Viewer secretariat = new Viewer(UUID.randomUUID(), "secretariat.tj", null, false,
				List.of(new Viewer.Seat(CCM_TJ, "CCM-TJ", false, MembershipRole.SECRETARIAT)));
		this.documents.upload(new DocumentOwner(kind, owner), CCM_TJ, visibility, Set.of(), name, pdf.length,
				new ByteArrayInputStream(pdf), secretariat);
		return name;
	}

}
