package org.hamkori.browser;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.hamkori.documents.SampleFiles;
import org.hamkori.programmes.Programme;
import org.hamkori.search.PickerFixtures;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linking a library document to records by words, in a real browser: the Tajik
 * secretariat finds one programme, ticks it from the keyboard, searches again for another
 * (the first stays ticked), and saves the document linked to both. Selectors avoid
 * visible text, since demo accounts keep their own interface language.
 */
class LibraryLinkBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void aDocumentIsLinkedToTwoRecordsFoundByWords() {
		String suffix = Long.toString(System.nanoTime(), 36);
		Programme first = programme("Seasonal jobs Firstlib" + suffix);
		Programme second = programme("Returnee loans Secondlib" + suffix);

		logIn(this.page, "secretariat.tj");
		this.page.navigate("/mechanisms/CCM-TJ/library/new");
		String title = "Linked by words " + suffix;
		this.page.locator("#title").fill(title);
		this.page.locator("#category").selectOption("STUDIES");
		this.page.locator("#library-file")
			.setInputFiles(new FilePayload("study.pdf", "application/pdf", SampleFiles.pdf()));

		this.page.locator("#linksq").fill("Firstlib" + suffix);
		Locator one = this.page.locator("#links-choices input[value='programme:" + first.id() + "']");
		tickByKeyboard(this.page, one);

		// a new search finds the second one; the first comes back ticked
		this.page.locator("#linksq").fill("Secondlib" + suffix);
		Locator two = this.page.locator("#links-choices input[value='programme:" + second.id() + "']");
		assertThat(two).isVisible();
		assertThat(one).isChecked();
		two.check();
		// Enter searches again in place, never saving nor leaving the page
		String address = this.page.url();
		this.page.waitForResponse((r) -> r.url().contains("/library/links/find"),
				() -> this.page.locator("#linksq").press("Enter"));
		assertThat(one).isChecked();
		assertThat(two).isChecked();
		assertThat(this.page.locator("#title")).hasValue(title);
		assertThat(this.page.url()).isEqualTo(address);

		this.page.locator("main form.stacked > .actions button[type=submit]").click();
		this.page.waitForURL("**/library/*?created");
		UUID document = this.jdbc.sql("select id from library_document where title = ?")
			.param(title)
			.query(UUID.class)
			.single();
		List<UUID> linked = this.jdbc.sql("select record_id from library_link where library_document_id = ?")
			.param(document)
			.query(UUID.class)
			.list();
		assertThat(linked).containsExactlyInAnyOrder(first.id(), second.id());
	}

	private Programme programme(String title) {
		return new PickerFixtures(this.context).programme("CCM-TJ", title, Visibility.MEMBERS);
	}

}
