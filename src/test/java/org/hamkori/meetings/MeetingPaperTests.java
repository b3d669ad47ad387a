package org.hamkori.meetings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.XlsxText;
import org.hamkori.accounts.Viewers;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.meetings.MeetingAttachments.Attachment;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * A meeting's papers, read back with the libraries that parse them: PDFBox for the
 * minutes and the pack (text, embedded fonts, page count after merging), Apache POI for
 * the DOCX and the XLSX, and the JDK's own zip and XML parsers for the XLSX cells. The
 * meeting is planned, held and minuted in Tajik through the real services.
 */
@HamkoriWebTest
class MeetingPaperTests {

	static final String LETTERS = "Ҳисобот ҷамъбаст ӣ ӯ қ ғ";

	static final String CENTRAL_ASIAN = "қ ғ ә ө ү ұ ң ʻ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MeetingPlanning planning;

	@Autowired
	MeetingAgenda agenda;

	@Autowired
	Meetings meetings;

	@Autowired
	AttendanceRegister register;

	@Autowired
	MinutesBook book;

	@Autowired
	MeetingPapers papers;

	@Autowired
	Directory directory;

	@Autowired
	Viewers viewers;

	@Autowired
	JdbcClient jdbc;

	record Held(Meeting meeting, UUID itemId, Decision decision, String decisionNumber, String code) {
	}

	Viewer viewer(String username) {
		return this.viewers.of(new UsernamePasswordAuthenticationToken(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"))));
	}

	UUID person(String email) {
		return this.directory.personByEmail(email).orElseThrow().id();
	}

	Membership seat(Meeting meeting, String email) {
		UUID person = person(email);
		return this.register.currentSeats(meeting.mechanismId())
			.stream()
			.filter((m) -> m.personId().equals(person))
			.findFirst()
			.orElseThrow();
	}

	Meeting announced(String title, List<String> languages) {
		Viewer secretariat = viewer("secretariat.tj");
		LocalDateTime start = LocalDateTime.now(TestClock.clock())
			.plusDays(20)
			.withHour(10)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		Meeting meeting = this.planning.create(secretariat, "CCM-TJ", new MeetingForm(MeetingType.ORDINARY, title,
				start, start.plusHours(3), "Asia/Dushanbe", "Душанбе, Ҳотели Серена", "", languages, null));
		this.agenda.addItem(secretariat, meeting.id(),
				new AgendaItemForm("Report of the ministry", "Отчёт министерства", "Ҳисоботи вазорат " + title, "", "",
						"", AgendaKind.DECISION, seat(meeting, "r.nazarov@mol.example.tj").organisationId(),
						person("r.nazarov@mol.example.tj"), 25, null));
		Meeting current = this.meetings.find(meeting.id()).orElseThrow();
		return this.planning.announce(secretariat, meeting.id(), current.version());
	}

	/** A held Tajik and Russian meeting with Tajik minutes, a decision and an action. */
	Held held(String title) {
		Viewer secretariat = viewer("secretariat.tj");
		Meeting meeting = announced(title, List.of("tg", "ru"));
		meeting = this.planning.markHeld(secretariat, meeting.id(), meeting.version());
		this.register.recordMember(secretariat, meeting.id(), person("r.nazarov@mol.example.tj"));
		this.register.recordSubstitute(secretariat, meeting.id(), "=HYPERLINK(\"http://evil.example\")", "F",
				person("f.karimova@mol.example.tj"));
		UUID itemId = this.meetings.agenda(meeting.id())
			.stream()
			.filter((i) -> !i.isFollowUp())
			.findFirst()
			.orElseThrow()
			.id();
		Map<String, String> summaries = new LinkedHashMap<>();
		summaries.put(Minutes.OPENING, LETTERS);
		summaries.put(itemId.toString(), "Муҳокимаи **ҷиддӣ**: 5 < 7 & 3 > 2\n\nҲарфҳо: " + CENTRAL_ASIAN);
		this.book.save(secretariat, meeting.id(), "tg", summaries, null);
		Decision decision = this.book.addDecision(secretariat, meeting.id(), itemId,
				LocalizedText.of(Map.of("tg", "Ҳисоботи вазорат қабул карда шуд", "ru", "Отчёт министерства принят")));
		this.book.addAction(secretariat, decision.id(), LocalizedText.of(Map.of("tg", "Омода кардани нақшаи амал")),
				seat(meeting, "r.nazarov@mol.example.tj").organisationId(), null,
				LocalDate.now(TestClock.clock()).plusDays(60));
		meeting = this.meetings.find(meeting.id()).orElseThrow();
		return new Held(meeting, itemId, decision, this.book.decisionNumber(meeting, decision),
				this.meetings.code(meeting));
	}

	/** Short, so that a title never wraps in the middle of the part a test looks for. */
	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	MvcTestResult get(String user, String uri) {
		return this.mvc.get().uri(uri).with(as(user)).exchange();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

	static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	static void assertDownload(MvcTestResult result, String type, String extension) {
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith(type);
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("." + extension);
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void minutesAndPackAreArchivalAndAccessible() throws Exception {
		Held held = held("Papers archival " + unique());
		for (String path : List.of("/minutes.pdf?lang=tg", "/pack.pdf?lang=ru", "/pack.pdf?lang=en")) {
			MvcTestResult result = get("focal.mol.tj", "/meetings/" + held.meeting().id() + path);
			assertDownload(result, "application/pdf", "pdf");
			assertThat(org.hamkori.VeraPdf.failures(result.getResponse().getContentAsByteArray())).as(path).isEmpty();
		}
	}

	@Test
	void minutesPdfPrintsTheTajikLettersTheDecisionNumberAndTajikLabels() throws Exception {
		Held held = held("Papers PDF " + unique());
		assertThat(held.decisionNumber()).matches("CCM-TJ/\\d+/D1");
		MvcTestResult result = get("focal.mol.tj", "/meetings/" + held.meeting().id() + "/minutes.pdf?lang=tg");
		assertDownload(result, "application/pdf", "pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		String text = text(pdf);
		assertThat(text)
			.contains(LETTERS, CENTRAL_ASIAN, held.decisionNumber(), "Ҳисоботи вазорат қабул карда шуд",
					"Омода кардани нақшаи амал", "5 < 7 & 3 > 2")
			// labels in Tajik, whatever the reader's language
			.contains("Суратҷаласа", "Қарорҳо", "Ҳозир буданд: 2", "Лоиҳа, ҳанӯз фиристода нашудааст")
			.doesNotContain("Decisions");
		assertThat(text).contains("Ҳисоботи вазорат Papers PDF");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name).getName());
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy((f) -> assertThat(f).contains("DejaVuSans"));
		}
		// the reader's interface language does not switch to the document's
		assertThat(result.getResponse().getCookie("hamkori-lang")).isNull();
	}

	@Test
	void minutesDocxReadsBackWithTheDecisionAndTheSummaries() throws Exception {
		Held held = held("Papers DOCX " + unique());
		MvcTestResult result = get("focal.mol.tj", "/meetings/" + held.meeting().id() + "/minutes.docx?lang=tg");
		assertDownload(result, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
		try (XWPFDocument docx = new XWPFDocument(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			String text = extractor.getText();
			assertThat(text).contains(held.decisionNumber(), "Ҳисоботи вазорат қабул карда шуд", LETTERS, CENTRAL_ASIAN,
					"Омода кардани нақшаи амал", "Қарорҳо");
			for (XWPFParagraph paragraph : docx.getParagraphs()) {
				for (XWPFRun run : paragraph.getRuns()) {
					assertThat(run.getFontFamily()).isEqualTo("DejaVu Sans");
				}
			}
			// Word's heading styles, the document's language and title
			String title = docx.getParagraphs()
				.stream()
				.filter((p) -> "Title".equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.reduce((a, b) -> a + "|" + b)
				.orElseThrow();
			assertThat(title).endsWith(held.meeting().title().in(java.util.Locale.forLanguageTag("tg")))
				.doesNotContain("|");
			assertThat(docx.getParagraphs().stream().filter((p) -> "Heading1".equals(p.getStyle())))
				.extracting(XWPFParagraph::getText)
				.contains("Қарорҳо");
			assertThat(docx.getParagraphs().stream().filter((p) -> "Heading2".equals(p.getStyle())))
				.extracting(XWPFParagraph::getText)
				.contains(held.decisionNumber());
			assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
				.isEqualTo(java.math.BigInteger.ZERO);
			assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
			assertThat(docx.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
				.hasValue("tg");
		}
	}

	@Test
	void minutesInALanguageWithoutMinutesOrOutsideTheMeetingAre404() {
		Held held = held("Papers languages " + unique());
		String base = "/meetings/" + held.meeting().id();
		assertThat(get("focal.mol.tj", base + "/minutes.pdf?lang=ru")).hasStatus(404);
		assertThat(get("focal.mol.tj", base + "/minutes.docx?lang=en")).hasStatus(404);
		assertThat(get("focal.mol.tj", base + "/minutes.pdf?lang=xx")).hasStatus(404);
		// without a language: the written one
		assertThat(get("focal.mol.tj", base + "/minutes.pdf")).hasStatusOk();
	}

	@Test
	void thePacksCoverNamesTheMeetingInEachOfItsLanguages(@Autowired MeetingCalendar calendar) throws Exception {
		Meeting meeting = announced("", List.of("tg", "ru"));
		String cover = text(
				this.papers.pack(viewer("secretariat.tj"), meeting.id(), Locale.ENGLISH, List.of()).content())
			.replaceAll("\\s+", " ");
		for (String lang : List.of("en", "tg", "ru")) {
			assertThat(cover).as(lang).contains(calendar.title(meeting, Locale.forLanguageTag(lang)));
		}
		assertThat(calendar.title(meeting, Locale.forLanguageTag("tg")))
			.isNotEqualTo(calendar.title(meeting, Locale.ENGLISH));
	}

	@Test
	void packHasTheCoverTheAgendaTheParticipantsAndTheAttachedPages() throws Exception {
		String title = "Papers pack " + unique();
		Meeting meeting = announced(title, List.of("ru", "en"));
		Viewer secretariat = viewer("secretariat.tj");
		byte[] alone = this.papers.pack(secretariat, meeting.id(), Locale.ENGLISH, List.of()).content();
		List<Attachment> attachments = List.of(new Attachment("Annex A.pdf", pdf("Annex Alpha", 1)),
				new Attachment("Not a PDF.pdf", new ByteArrayResource("%PDF-1.7 nothing".getBytes())),
				new Attachment("Annex B.pdf", pdf("Annex Beta", 2)));
		MeetingPapers.Paper pack = this.papers.pack(secretariat, meeting.id(), Locale.ENGLISH, attachments);
		assertThat(pack.contentType()).isEqualTo("application/pdf");
		byte[] merged = pack.content();
		assertThat(pages(merged)).isEqualTo(pages(alone) + 3);
		String text = text(merged);
		assertThat(text)
			.contains(title, this.meetings.code(meeting), "Meeting pack", "(Asia/Dushanbe)", "Душанбе, Ҳотели Серена")
			.contains("Agenda", "Report of the ministry", "For decision", "Rustam Nazarov", "25 min")
			.contains("Participants", "Firuza Karimova", "not given yet")
			.contains("Annex A.pdf", "pages: 1", "Annex B.pdf", "pages: 2", "Not a PDF.pdf", "not included")
			.contains("Annex Alpha", "Annex Beta");
		assertThat(text.indexOf("Annex Alpha")).isLessThan(text.indexOf("Annex Beta"));

		// a member sees who is invited, not their answers; the page speaks the reader's
		// language
		MvcTestResult asMember = get("focal.mol.tj", "/meetings/" + meeting.id() + "/pack.pdf?lang=en");
		assertDownload(asMember, "application/pdf", "pdf");
		assertThat(text(asMember.getResponse().getContentAsByteArray())).contains("Firuza Karimova")
			.doesNotContain("not given yet");
	}

	@Test
	void packOfAHeldMeetingListsTheAttendanceRegister() throws Exception {
		Held held = held("Papers held pack " + unique());
		String text = text(
				this.papers.pack(viewer("focal.mol.tj"), held.meeting().id(), Locale.forLanguageTag("ru")).content());
		assertThat(text).contains("Материалы к заседанию", "Rustam Nazarov", "=HYPERLINK", "Вместо", "Firuza Karimova",
				"Присутствовали: 2");
	}

	@Test
	void attendanceListHasEveryoneCountsAndQuorumWithFormulasNeutralised() throws Exception {
		Held held = held("Papers XLSX " + unique());
		MvcTestResult result = get("focal.mol.tj", "/meetings/" + held.meeting().id() + "/attendance.xlsx?lang=en");
		assertDownload(result, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
		byte[] xlsx = result.getResponse().getContentAsByteArray();
		List<List<String>> rows = XlsxText.rows(xlsx);
		assertThat(rows).contains(List.of("Name", "Institution", "In place of", "Sex"));
		assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("Rustam Nazarov").endsWith("Men"));
		List<String> substitute = rows.stream()
			.filter((row) -> row.get(0).contains("HYPERLINK"))
			.findFirst()
			.orElseThrow();
		assertThat(substitute.get(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
		assertThat(substitute.subList(2, 4)).containsExactly("Firuza Karimova", "Women");
		assertThat(rows).contains(List.of("By sex"));
		assertThat(count(rows, "Women")).isEqualTo(1);
		assertThat(count(rows, "Men")).isEqualTo(1);
		assertThat(count(rows, "Present in total")).isEqualTo(2);
		assertThat(count(rows, "Ministry of Labour, Migration and Employment of Population")).isEqualTo(2);
		assertThat(rows.get(rows.size() - 1).get(0)).startsWith("No quorum: 1 institutions present");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			boolean numeric = false;
			for (var row : sheet) {
				for (var cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					if (cell.getCellType() == CellType.STRING) {
						assertThat(cell.getStringCellValue()).doesNotStartWith("=");
					}
					numeric |= cell.getCellType() == CellType.NUMERIC;
				}
			}
			assertThat(numeric).as("counts stay numbers").isTrue();
		}
	}

	@Test
	void anotherMechanismsMembersGet404ForEveryPaper() {
		Held held = held("Papers access " + unique());
		String base = "/meetings/" + held.meeting().id();
		for (String uri : List.of(base + "/minutes.pdf?lang=tg", base + "/minutes.docx?lang=tg", base + "/pack.pdf",
				base + "/attendance.xlsx")) {
			assertThat(get("secretariat.kz", uri)).as(uri).hasStatus(404);
			assertThat(get("focal.mol.tj", uri)).as(uri).hasStatusOk();
		}
		assertThat(get("focal.mol.tj", "/meetings/" + UUID.randomUUID() + "/pack.pdf")).hasStatus(404);
	}

	/** The number beside a label in the list, read as the spreadsheet stores it. */
	static double count(List<List<String>> rows, String label) {
		return rows.stream()
			.filter((row) -> row.size() == 2 && row.get(0).equals(label))
			.map((row) -> Double.parseDouble(row.get(1)))
			.findFirst()
			.orElseThrow();
	}

	/** A PDF of the given pages, each saying the text, written by PDFBox. */
	static ByteArrayResource pdf(String text, int pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
					content.newLineAtOffset(72, 700);
					content.showText(text + " page " + (i + 1));
					content.endText();
				}
			}
			document.save(out);
			return new ByteArrayResource(out.toByteArray());
		}
	}

}
