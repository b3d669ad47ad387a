package org.hamkori.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamkori.TestRequests.as;
import static org.hamkori.documents.DocumentsTestSupport.CCM_TJ;
import static org.hamkori.documents.DocumentsTestSupport.secretariatTj;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The document library: who sees a library document in the list, on its page, in its
 * download and its preview; its language versions and versions over time; the preview of
 * a real PDF; and the upload form's checks in the user's language with nothing lost.
 */
@HamkoriWebTest
class LibraryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Library library;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMembersOnlyDocumentIsInvisibleToAnotherCountryEverywhere() {
		String title = "Members-only study " + UUID.randomUUID();
		LibraryDocument d = create(title, Visibility.MEMBERS, Set.of(), "ru", pdfWithBox());
		StoredDocument file = onlyFile(d);
		for (String outsider : List.of("secretariat.kz", "secretariat.uz")) {
			assertThat(this.mvc.get().uri("/library/" + d.id()).with(as(outsider))).hasStatus(404);
			assertThat(this.mvc.get().uri("/documents/" + file.id()).with(as(outsider))).hasStatus(404);
			assertThat(this.mvc.get().uri("/documents/" + file.id() + "/preview").with(as(outsider))).hasStatus(404);
			assertThat(this.mvc.get().uri("/documents/" + file.id() + "/preview/panel").with(as(outsider)))
				.hasStatus(404);
			assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/documents").with(as(outsider))).hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/mechanisms/CCM-KZ/documents").with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.doesNotContain(title);
		assertThat(this.mvc.get().uri("/library/" + d.id()).with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains(title);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/documents?type=library").with(as("focal.nbt.tj")))
			.hasStatusOk()
			.bodyText()
			.contains(title);
		assertThat(this.mvc.get().uri("/documents/" + file.id()).with(as("focal.nbt.tj"))).hasStatusOk();
	}

	@Test
	void aNamedInstitutionsDocumentReachesOnlyThemAndTheSecretariat() {
		UUID ministry = DocumentsTestSupport.institutionOf(this.jdbc, "focal.mol.tj");
		String title = "Draft agreement " + UUID.randomUUID();
		LibraryDocument d = create(title, Visibility.RESTRICTED, Set.of(ministry), "ru", pdfWithBox());
		StoredDocument file = onlyFile(d);
		for (String allowed : List.of("focal.mol.tj", "secretariat.tj")) {
			assertThat(this.mvc.get().uri("/library/" + d.id()).with(as(allowed))).hasStatusOk();
			assertThat(this.mvc.get().uri("/documents/" + file.id()).with(as(allowed))).hasStatusOk();
			assertThat(this.mvc.get().uri("/documents/" + file.id() + "/preview").with(as(allowed))).hasStatusOk();
			assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/documents").with(as(allowed))).bodyText().contains(title);
		}
		// the chair sits for the same ministry, so the outsiders are another institution,
		// an
		// observer and another country's secretariat
		for (String outsider : List.of("focal.nbt.tj", "observer.tj", "secretariat.kz")) {
			assertThat(this.mvc.get().uri("/library/" + d.id()).with(as(outsider))).hasStatus(404);
			assertThat(this.mvc.get().uri("/documents/" + file.id()).with(as(outsider))).hasStatus(404);
			assertThat(this.mvc.get().uri("/documents/" + file.id() + "/preview").with(as(outsider))).hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/documents").with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.doesNotContain(title);
	}

	@Test
	void aPublicDocumentIsReadByAnyoneSignedInAndEditedOnlyByTheSecretariat() {
		LibraryDocument d = create("Public law " + UUID.randomUUID(), Visibility.PUBLIC, Set.of(), "en", pdfWithBox());
		assertThat(d.isPublic()).isTrue();
		assertThat(this.mvc.get().uri("/library/" + d.id()).with(as("secretariat.kz"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/documents/" + onlyFile(d).id()).with(as("secretariat.kz"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/library/" + d.id() + "/edit").with(as("secretariat.kz"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/library/" + d.id() + "/edit").with(as("chair.tj"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/library/new").with(as("focal.mol.tj"))).hasStatus(403);
		assertThat(this.mvc.post().uri("/library/" + d.id() + "/delete").with(as("chair.tj")).with(csrf()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/library/" + d.id() + "/edit").with(as("secretariat.tj"))).hasStatusOk();
	}

	@Test
	void narrowingTheVisibilityNarrowsTheFilesToo() {
		LibraryDocument d = create("Report " + UUID.randomUUID(), Visibility.PUBLIC, Set.of(), "ru",
				SampleFiles.docx());
		StoredDocument file = onlyFile(d);
		assertThat(this.mvc.get().uri("/documents/" + file.id()).with(as("secretariat.kz"))).hasStatusOk();
		this.library.update(d.id(), new LibraryDetails(d.category(), d.title(), null, List.of(7), List.of("Return"),
				Visibility.MEMBERS, Set.of(), List.of()), d.version(), secretariatTj());
		assertThat(this.mvc.get().uri("/documents/" + file.id()).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/documents/" + file.id()).with(as("focal.nbt.tj"))).hasStatusOk();
		assertThatThrownBy(() -> this.library.update(d.id(),
				new LibraryDetails(d.category(), "Stale", null, List.of(), List.of(), Visibility.MEMBERS, Set.of(),
						List.of()),
				d.version(), secretariatTj()))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void languageVersionsAndVersionsOverTimeAreKept() {
		LibraryDocument d = create("Law on migration " + UUID.randomUUID(), Visibility.MEMBERS, Set.of(), "ru",
				SampleFiles.pdf());
		LibraryFile english = this.library.addFile(d.id(), "en", "law-en.docx", SampleFiles.docx().length,
				new ByteArrayInputStream(SampleFiles.docx()), secretariatTj());
		LibraryFile russian2 = this.library.addFile(d.id(), "ru", "law-ru-2025.pdf", SampleFiles.pdf().length,
				new ByteArrayInputStream(SampleFiles.pdf()), secretariatTj());
		assertThat(english.versionNo()).isEqualTo(1);
		assertThat(russian2.versionNo()).isEqualTo(2);
		List<LibraryFile> files = this.library.filesOf(d, secretariatTj());
		assertThat(files).extracting((f) -> f.language() + f.versionNo()).containsExactly("ru2", "ru1", "en1");
		assertThat(Library.current(files)).extracting(LibraryFile::language, (f) -> f.file().fileName())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ru", "law-ru-2025.pdf"),
					org.assertj.core.groups.Tuple.tuple("en", "law-en.docx"));
		assertThat(files).allSatisfy((f) -> assertThat(f.file().uploadedBy()).isEqualTo("secretariat.tj"));
		StoredDocument older = files.get(1).file();
		assertThat(this.mvc.get().uri("/documents/" + older.id()).with(as("focal.mol.tj"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/library/" + d.id() + "?lang=en").with(as("focal.mol.tj"))).bodyText()
			.contains("law-ru-2025.pdf", "law-en.docx", "Version 2", "Version 1", "English", "Русский");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/documents?language=en&lang=en").with(as("focal.mol.tj")))
			.bodyText()
			.contains(d.title());
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/documents?language=kk&lang=en").with(as("focal.mol.tj")))
			.bodyText()
			.doesNotContain(d.title());
		assertThatThrownBy(() -> this.library.addFile(d.id(), "fr", "law.pdf", 10,
				new ByteArrayInputStream(SampleFiles.pdf()), secretariatTj()))
			.isInstanceOf(RuleViolation.class);
		assertThat(this.mvc.post()
			.uri("/library/" + d.id() + "/files?lang=en")
			.multipart()
			.file(new MockMultipartFile("file", "law-tg.pdf", "application/pdf", SampleFiles.pdf()))
			.param("language", "tg")
			.with(as("secretariat.tj"))
			.with(csrf())).hasStatus(302);
		assertThat(this.library.filesOf(d, secretariatTj())).extracting(LibraryFile::language).contains("tg");
	}

	@Test
	void filtersByCategoryTagAndKind() throws Exception {
		String title = "Training on return " + UUID.randomUUID();
		LibraryDocument d = this.library.create(CCM_TJ,
				new LibraryDetails(LibraryCategory.TRAINING, title, "For focal points", List.of(21), List.of("Return"),
						Visibility.MEMBERS, Set.of(), List.of()),
				"tg", "course.pdf", SampleFiles.pdf().length, new ByteArrayInputStream(SampleFiles.pdf()),
				secretariatTj());
		String base = "/mechanisms/CCM-TJ/documents?lang=en&";
		assertThat(get(base + "category=TRAINING")).contains(title);
		assertThat(get(base + "category=LAWS")).doesNotContain(title);
		assertThat(get(base + "tag=gcm:21")).contains(title);
		assertThat(get(base + "tag=gcm:20")).doesNotContain(title);
		assertThat(get(base + "tag=theme:return")).contains(title);
		assertThat(get(base + "type=attachments")).doesNotContain(title);
		assertThat(get(base + "type=library")).contains(title);
		assertThat(get("/library/" + d.id() + "?lang=en")).contains("21. Safe return and reintegration", "Return",
				"Training material");
	}

	@Test
	void thePreviewOfAPdfIsItsFirstPageRenderedOnceAndKept() throws IOException {
		LibraryDocument d = create("Study with a chart " + UUID.randomUUID(), Visibility.MEMBERS, Set.of(), "ru",
				pdfWithBox());
		StoredDocument file = onlyFile(d);
		MvcTestResult first = this.mvc.get()
			.uri("/documents/" + file.id() + "/preview")
			.with(as("focal.mol.tj"))
			.exchange();
		assertThat(first).hasStatusOk().hasContentType("image/png");
		assertThat(first.getResponse().getHeader("Cache-Control")).contains("no-store");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(first.getResponse().getContentAsByteArray()));
		assertThat(image).isNotNull();
		assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(DocumentPreviews.LONG_SIDE)
			.isGreaterThan(100);
		assertThat(image.getWidth()).as("an A4 page is upright").isLessThan(image.getHeight());
		Color middle = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
		Color corner = new Color(image.getRGB(2, 2));
		assertThat(middle.getRed()).as("the black box drawn in the middle of the page").isLessThan(60);
		assertThat(corner.getRed()).as("the white paper around it").isGreaterThan(200);
		assertThat(this.jdbc.sql("select count(*) from document_preview where document_id = ?")
			.param(file.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		MvcTestResult again = this.mvc.get()
			.uri("/documents/" + file.id() + "/preview")
			.with(as("secretariat.tj"))
			.exchange();
		assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(this.mvc.get().uri("/documents/" + file.id() + "/preview/panel?lang=en").with(as("focal.mol.tj")))
			.bodyText()
			.contains("<img", "/documents/" + file.id() + "/preview");
	}

	@Test
	void otherTypesAndBrokenPdfsGetAPlaceholder() {
		LibraryDocument d = create("Spreadsheet " + UUID.randomUUID(), Visibility.MEMBERS, Set.of(), "ru",
				SampleFiles.xlsx());
		StoredDocument file = onlyFile(d);
		assertThat(this.mvc.get().uri("/documents/" + file.id() + "/preview").with(as("focal.mol.tj"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/documents/" + file.id() + "/preview/panel?lang=en").with(as("focal.mol.tj")))
			.bodyText()
			.contains("There is no preview of XLSX files")
			.doesNotContain("<img");
		byte[] broken = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		LibraryDocument b = create("Broken " + UUID.randomUUID(), Visibility.MEMBERS, Set.of(), "ru", broken);
		assertThat(this.mvc.get()
			.uri("/documents/" + onlyFile(b).id() + "/preview/panel?lang=en")
			.with(as("focal.mol.tj"))).hasStatusOk().bodyText().contains("could not be shown");
	}

	@Test
	void theUploadFormSaysWhatIsWrongInTheUsersLanguageAndKeepsWhatWasTyped() {
		int before = count();
		MvcTestResult noTitle = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/library?lang=ru")
			.multipart()
			.param("title", "")
			.param("description", "Описание, которое нельзя потерять")
			.param("themes", "денежные переводы")
			.param("category", "REPORTS")
			.param("visibility", "RESTRICTED")
			.param("language", "ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.exchange();
		assertThat(noTitle).hasStatusOk()
			.bodyText()
			.contains("Укажите название документа.", "Назовите хотя бы одно учреждение", "Выберите файл для загрузки.")
			.contains("Описание, которое нельзя потерять", "денежные переводы");
		MvcTestResult exe = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/library?lang=en")
			.multipart()
			.file(new MockMultipartFile("file", "report.pdf", "application/pdf", SampleFiles.exe()))
			.param("title", "A report kept in the form")
			.param("category", "REPORTS")
			.param("visibility", "MEMBERS")
			.param("language", "ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.exchange();
		assertThat(exe).hasStatusOk()
			.bodyText()
			.contains("This kind of file cannot be uploaded", "A report kept in the form");
		assertThat(count()).isEqualTo(before);
		MvcTestResult good = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/library")
			.multipart()
			.file(new MockMultipartFile("file", "report.pdf", "application/pdf", SampleFiles.pdf()))
			.param("title", "Annual report")
			.param("category", "REPORTS")
			.param("gcm", "20")
			.param("visibility", "MEMBERS")
			.param("language", "ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.exchange();
		assertThat(good).hasStatus(302);
		assertThat(good.getResponse().getRedirectedUrl()).startsWith("/library/").endsWith("?created");
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void linksShowOnlyRecordsTheViewerMaySee() {
		Viewer secretariat = secretariatTj();
		List<LibraryLinkTargets.Target> choices = this.library.linkChoices(CCM_TJ, secretariat);
		assertThat(choices).isNotEmpty();
		LibraryLinkTargets.Target target = choices.get(0);
		LibraryDocument d = this.library.create(CCM_TJ,
				new LibraryDetails(LibraryCategory.STUDIES, "Linked " + UUID.randomUUID(), null, List.of(), List.of(),
						Visibility.PUBLIC, Set.of(), List.of(new LibraryDocument.Link(target.kind(), target.id()))),
				"ru", "s.pdf", SampleFiles.pdf().length, new ByteArrayInputStream(SampleFiles.pdf()), secretariat);
		assertThat(this.library.links(d, secretariat)).extracting(LibraryLinkTargets.Target::id)
			.containsExactly(target.id());
		assertThat(this.library.links(d, Viewer.anonymous())).isEmpty();
		assertThatThrownBy(() -> this.library.create(CCM_TJ,
				new LibraryDetails(LibraryCategory.STUDIES, "Bad link", null, List.of(), List.of(), Visibility.PUBLIC,
						Set.of(), List.of(new LibraryDocument.Link("issue", UUID.randomUUID()))),
				"ru", "s.pdf", SampleFiles.pdf().length, new ByteArrayInputStream(SampleFiles.pdf()), secretariat))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aDecisionsPageListsTheLibraryDocumentsLinkedToItThatTheReaderMaySee() {
		UUID decision = this.jdbc.sql("select decision_id from action_item where decision_number = 'CCM-TJ/1/D2'")
			.query(UUID.class)
			.list()
			.get(0);
		String open = "Study for D2 " + UUID.randomUUID();
		String narrow = "Ministry note for D2 " + UUID.randomUUID();
		UUID ministry = DocumentsTestSupport.institutionOf(this.jdbc, "focal.mol.tj");
		for (var made : List.of(Map.entry(open, Set.<UUID>of()), Map.entry(narrow, Set.of(ministry)))) {
			this.library.create(CCM_TJ,
					new LibraryDetails(LibraryCategory.STUDIES, made.getKey(), null, List.of(), List.of(),
							made.getValue().isEmpty() ? Visibility.MEMBERS : Visibility.RESTRICTED, made.getValue(),
							List.of(new LibraryDocument.Link("decision", decision))),
					"ru", "s.pdf", SampleFiles.pdf().length, new ByteArrayInputStream(SampleFiles.pdf()),
					secretariatTj());
		}
		assertThat(this.mvc.get().uri("/decisions/" + decision).with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains(open, narrow);
		assertThat(this.mvc.get().uri("/decisions/" + decision).with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains(open)
			.doesNotContain(narrow);
		UUID other = this.jdbc.sql("select decision_id from action_item where decision_number = 'CCM-TJ/1/D1'")
			.query(UUID.class)
			.list()
			.get(0);
		assertThat(this.mvc.get().uri("/decisions/" + other + "?lang=ru").with(as("focal.nbt.tj"))).bodyText()
			.doesNotContain(open)
			.contains("К этому решению не привязан ни один документ библиотеки");
	}

	@Test
	void deletingAskesFirstThenRemovesTheDocumentAndItsFiles() {
		LibraryDocument d = create("To delete " + UUID.randomUUID(), Visibility.MEMBERS, Set.of(), "ru",
				SampleFiles.pdf());
		StoredDocument file = onlyFile(d);
		assertThat(this.mvc.get().uri("/library/" + d.id() + "/delete?lang=en").with(as("secretariat.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("cannot be undone");
		assertThat(this.mvc.post().uri("/library/" + d.id() + "/delete").with(as("secretariat.tj")).with(csrf()))
			.hasStatus(302);
		assertThat(this.mvc.get().uri("/library/" + d.id()).with(as("secretariat.tj"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/documents/" + file.id()).with(as("secretariat.tj"))).hasStatus(404);
	}

	private String get(String uri) throws Exception {
		return this.mvc.get()
			.uri(uri)
			.with(as("focal.mol.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private int count() {
		return this.jdbc.sql("select count(*) from library_document").query(Integer.class).single();
	}

	private LibraryDocument create(String title, Visibility visibility, Set<UUID> institutions, String language,
			byte[] content) {
		return this.library.create(CCM_TJ,
				new LibraryDetails(LibraryCategory.STUDIES, title, null, List.of(), List.of(), visibility, institutions,
						List.of()),
				language, "file", content.length, new ByteArrayInputStream(content), secretariatTj());
	}

	private StoredDocument onlyFile(LibraryDocument d) {
		List<LibraryFile> files = this.library.filesOf(d, secretariatTj());
		assertThat(files).hasSize(1);
		return files.get(0).file();
	}

	/** An A4 page with a black box in its middle, written by PDFBox. */
	static byte[] pdfWithBox() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.setNonStrokingColor(Color.BLACK);
				float w = PDRectangle.A4.getWidth();
				float h = PDRectangle.A4.getHeight();
				content.addRect(w / 4, h / 4, w / 2, h / 2);
				content.fill();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
