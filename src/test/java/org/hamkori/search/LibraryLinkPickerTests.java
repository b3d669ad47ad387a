package org.hamkori.search;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.documents.SampleFiles;
import org.hamkori.programmes.Programme;
import org.hamkori.shared.security.Visibility;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A library document is linked to records picked by words from what the one search finds
 * in its mechanism for the secretariat, not ticked in a list of every record nor typed as
 * identifiers; a record of another country is neither offered nor linked.
 */
class LibraryLinkPickerTests extends PickerWebTest {

	@Test
	void aLibraryDocumentLinksRecordsPickedByWords() {
		String word = "Librpick" + Long.toString(System.nanoTime(), 36);
		Programme tajik = programme("CCM-TJ", "Skills passports of " + word);
		Programme kazakh = programme("CCM-KZ", "Quota reform of " + word);

		// the form asks for words in a search form of its own; it lists no records
		assertThat(get("/mechanisms/CCM-TJ/library/new", "secretariat.tj"))
			.contains("name=\"linksq\"", "form=\"find-links\"", "<form id=\"find-links\"",
					"data-hx-get=\"/mechanisms/CCM-TJ/library/links/find\"")
			.doesNotContain(tajik.id().toString());

		// typeahead and the page without script offer the Tajik programme only
		for (String found : new String[] {
				get("/mechanisms/CCM-TJ/library/links/find?linksq=" + word, "secretariat.tj"),
				get("/mechanisms/CCM-TJ/library/new?linksq=" + word, "secretariat.tj") }) {
			assertThat(found).contains("value=\"programme:" + tajik.id() + "\"", "<mark>" + word + "</mark>")
				.doesNotContain(kazakh.id().toString())
				.doesNotContain("Quota reform");
		}
		// a record ticked before a new search comes back ticked, once
		String again = get("/mechanisms/CCM-TJ/library/links/find?linksq=" + word + "&links=programme:" + tajik.id()
				+ "&links=programme:" + kazakh.id(), "secretariat.tj");
		assertThat(again).contains("value=\"programme:" + tajik.id() + "\" checked")
			.doesNotContain(kazakh.id().toString());
		assertThat(again.split("programme:" + tajik.id(), -1)).hasSize(2);
		// words that match nothing: the empty state; another country: nothing at all
		assertThat(get("/mechanisms/CCM-TJ/library/links/find?linksq=Nomatch" + word, "secretariat.tj"))
			.contains("No record you can see matches these words.");
		assertThat(
				this.mvc.get().uri("/mechanisms/CCM-TJ/library/links/find?linksq=" + word).with(as("secretariat.kz")))
			.hasStatus(404);

		// a forged link is refused in the user's language and nothing is kept
		int before = count();
		assertThat(upload("Forged " + word, "programme:" + kazakh.id())).hasStatusOk()
			.bodyText()
			.contains("Одну из выбранных записей нельзя связать");
		assertThat(upload("Forged " + word, "programme:not-an-id")).hasStatusOk()
			.bodyText()
			.contains("Одну из выбранных записей нельзя связать");
		assertThat(count()).isEqualTo(before);

		// the picked one is linked, and the edit form shows it ticked
		MvcTestResult created = upload("Picked " + word, "programme:" + tajik.id());
		assertThat(created).hasStatus(302);
		String location = created.getResponse().getRedirectedUrl();
		UUID document = UUID.fromString(location.substring("/library/".length(), location.indexOf('?')));
		assertThat(this.jdbc.sql("select count(*) from library_link where library_document_id = ? and record_id = ?")
			.params(document, tajik.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(get("/library/" + document + "/edit", "secretariat.tj"))
			.contains("value=\"programme:" + tajik.id() + "\" checked");
	}

	private MvcTestResult upload(String title, String link) {
		return this.mvc.post()
			.uri("/mechanisms/CCM-TJ/library?lang=ru")
			.multipart()
			.file(new MockMultipartFile("file", "report.pdf", "application/pdf", SampleFiles.pdf()))
			.param("title", title)
			.param("category", "STUDIES")
			.param("visibility", "MEMBERS")
			.param("language", "ru")
			.param("links", link)
			.with(as("secretariat.tj"))
			.with(csrf())
			.exchange();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from library_document").query(Integer.class).single();
	}

	private Programme programme(String mechanism, String title) {
		return this.fixtures.programme(mechanism, title, Visibility.MEMBERS);
	}

	private String get(String uri, String user) {
		return this.fixtures.get(uri, user);
	}

}
