package org.hamkori.results;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMessage;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestMailServer;
import org.hamkori.TestViewers;
import org.hamkori.directory.Person;
import org.hamkori.issues.Issue;
import org.hamkori.issues.IssueForm;
import org.hamkori.issues.IssueLifecycle;
import org.hamkori.issues.IssueRegister;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.VeraPdf;
import org.hamkori.directory.Directory;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A programme's semi-annual progress report on the real database: draft, circulated for
 * comments, final and read-only; who may do what; the DOCX read back with POI against the
 * results table; the PDF checked by veraPDF and read by PDFBox; the pages in Russian.
 */
@HamkoriWebTest
class ProgressReportTests {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRegister register;

	@Autowired
	ResultsFramework framework;

	@Autowired
	ResultsTable table;

	@Autowired
	Workplan workplan;

	@Autowired
	ProgressReports reports;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Guidance guidance;

	@Autowired
	ReportPapers papers;

	@Autowired
	IssueLifecycle lifecycle;

	@Autowired
	IssueRegister issues;

	UUID tj;

	UUID iom;

	@BeforeEach
	void setUp() {
		this.tj = this.directory.mechanismOrThrow("CCM-TJ").id();
		this.iom = this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
	}

	@Test
	void aReportGoesFromDraftToCirculatedToFinalAndThenStaysAsItIs() {
		Programme programme = programme(Visibility.PUBLIC);
		assertThatThrownBy(() -> this.reports.create(programme.id(), "2025", ADMIN)).isInstanceOfSatisfying(
				RuleViolation.class,
				(ex) -> assertThat(ex.errors()).containsEntry("period", "validation.report.period"));
		ProgressReport report = this.reports.create(programme.id(), "2025-h1", ADMIN);
		assertThat(report.period()).isEqualTo("2025-H1");
		assertThat(report.state()).isEqualTo(ReportState.DRAFT);
		assertThatThrownBy(() -> this.reports.create(programme.id(), "2025-H1", ADMIN)).isInstanceOfSatisfying(
				RuleViolation.class,
				(ex) -> assertThat(ex.errors()).containsEntry("period", "validation.report.period.taken"));
		// no comments on a draft, and no final without circulating
		assertThatThrownBy(() -> this.reports.comment(report.id(), "Too early", ADMIN)).isInstanceOfSatisfying(
				RuleViolation.class,
				(ex) -> assertThat(ex.errors()).containsEntry("body", "validation.report.comment.closed"));
		assertThatThrownBy(() -> this.reports.finalise(report.id(), ADMIN)).isInstanceOf(RuleViolation.class);

		this.reports.edit(report.id(), new ProgressReport.Narrative("First half", null, null, "Elections"),
				report.version(), ADMIN);
		this.reports.circulate(report.id(), ADMIN);

		// a member of the mechanism comments while it is circulated
		assertThat(this.mvc.post()
			.uri("/results/reports/" + report.id() + "/comments")
			.with(as("focal.mol.tj"))
			.with(csrf())
			.param("body", "Please add the training figures")).hasStatus(302);
		// a visitor cannot
		assertThat(this.mvc.post()
			.uri("/results/reports/" + report.id() + "/comments")
			.with(csrf())
			.param("body", "Anonymous")).hasStatus3xxRedirection();
		ProgressReport circulated = this.reports.report(report.id(), ADMIN);
		assertThat(circulated.comments()).singleElement().satisfies((c) -> {
			assertThat(c.author()).isEqualTo("focal.mol.tj");
			assertThat(c.body()).isEqualTo("Please add the training figures");
			assertThat(c.createdAt()).isNotNull();
		});

		// another country's secretariat sees the public programme but cannot finalise
		assertThat(this.mvc.get().uri("/results/reports/" + report.id() + "/finalise").with(as("secretariat.kz")))
			.hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/results/reports/" + report.id() + "/finalise")
			.with(as("secretariat.kz"))
			.with(csrf())).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/results/reports/" + report.id() + "/finalise")
			.with(as("focal.mol.tj"))
			.with(csrf())).hasStatus(403);
		assertThat(this.reports.report(report.id(), ADMIN).state()).isEqualTo(ReportState.CIRCULATED);

		// the secretariat drafts and circulates but the programme manager finalises
		assertThat(this.mvc.post()
			.uri("/results/reports/" + report.id() + "/finalise")
			.with(as("secretariat.tj"))
			.with(csrf())).hasStatus(403);
		assertThat(this.mvc.post().uri("/results/reports/" + report.id() + "/finalise").with(as("admin")).with(csrf()))
			.hasStatus(302);
		ProgressReport done = this.reports.report(report.id(), ADMIN);
		assertThat(done.state()).isEqualTo(ReportState.FINAL);
		assertThat(done.finalisedBy()).isEqualTo("admin");

		// final is read-only: no edit, no comment, no step back
		assertThatThrownBy(() -> this.reports.edit(report.id(),
				new ProgressReport.Narrative("Changed", null, null, null), done.version(), ADMIN))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.errors()).containsEntry("state", "validation.report.final"));
		assertThatThrownBy(() -> this.reports.comment(report.id(), "Late", ADMIN)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> this.reports.circulate(report.id(), ADMIN)).isInstanceOf(RuleViolation.class);
		assertThat(this.mvc.post()
			.uri("/results/reports/" + report.id())
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("summary", "Changed by hand")
			.param("version", done.version().toString())).hasStatusOk();
		ProgressReport after = this.reports.report(report.id(), ADMIN);
		assertThat(after.summary()).isEqualTo("First half");
		assertThat(after.comments()).hasSize(1);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/audit").with(as("secretariat.tj"))).bodyText()
			.contains("progress_report");
	}

	@Test
	void theSecretariatDraftsPartnersCommentAndOnlyTheProgrammeManagerFinalises() {
		UUID rcm = this.directory.mechanismOrThrow("RCM").id();
		UUID iomRegional = this.jdbc
			.sql("select id from organisation where acronym = 'IOM' and country_code is null order by id")
			.query(UUID.class)
			.list()
			.get(0);
		Programme programme = this.register.create(rcm,
				new ProgrammeDetails(iomRegional, null, LocalizedText.of("en", "Managed " + UUID.randomUUID()), null,
						LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), EnumSet.of(ProgrammeTheme.PROTECTION),
						null, BudgetBand.UNKNOWN, null, null, Visibility.PUBLIC),
				ADMIN);
		String report = this.mvc.post()
			.uri("/programmes/" + programme.id() + "/reports")
			.with(as("regional"))
			.with(csrf())
			.param("period", "2025-H1")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(report).startsWith("/results/reports/");
		UUID id = UUID.fromString(report.substring("/results/reports/".length()));
		// the programme manager does not draft nor circulate
		assertThat(this.mvc.post().uri(report + "/circulate").with(as("manager.lmp")).with(csrf())).hasStatus(403);
		assertThat(this.mvc.post().uri(report + "/circulate").with(as("regional")).with(csrf())).hasStatus(302);
		assertThat(this.mvc.post()
			.uri(report + "/comments")
			.with(as("observer.tj"))
			.with(csrf())
			.param("body", "Please add the donor view")).hasStatus3xxRedirection();

		assertThat(this.mvc.get().uri(report + "?lang=en").with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains("Only the programme manager or an administrator finalises the report.")
			.doesNotContain("Finalise");
		assertThat(this.mvc.get().uri(report + "/finalise").with(as("regional"))).hasStatus(403);
		assertThat(this.mvc.post().uri(report + "/finalise").with(as("regional")).with(csrf())).hasStatus(403);
		assertThat(this.reports.report(id, ADMIN).state()).isEqualTo(ReportState.CIRCULATED);

		assertThat(this.mvc.get().uri(report + "?lang=en").with(as("manager.lmp"))).hasStatusOk()
			.bodyText()
			.contains("Finalise", "Please add the donor view")
			.doesNotContain("Only the programme manager");
		assertThat(this.mvc.get().uri(report + "/finalise").with(as("manager.lmp"))).hasStatusOk();
		assertThat(this.mvc.post().uri(report + "/finalise").with(as("manager.lmp")).with(csrf())).hasStatus(302);
		ProgressReport done = this.reports.report(id, ADMIN);
		assertThat(done.state()).isEqualTo(ReportState.FINAL);
		assertThat(done.finalisedBy()).isEqualTo("manager.lmp");

		// a programme another institution implements is not theirs to finalise
		UUID iomTj = this.iom;
		Programme other = this.register.create(rcm,
				new ProgrammeDetails(iomTj, null, LocalizedText.of("en", "Not managed " + UUID.randomUUID()), null,
						LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), EnumSet.of(ProgrammeTheme.PROTECTION),
						null, BudgetBand.UNKNOWN, null, null, Visibility.PUBLIC),
				ADMIN);
		ProgressReport foreign = this.reports.create(other.id(), "2025-H1", ADMIN);
		this.reports.circulate(foreign.id(), ADMIN);
		assertThat(this.mvc.post()
			.uri("/results/reports/" + foreign.id() + "/finalise")
			.with(as("manager.lmp"))
			.with(csrf())).hasStatus(403);
		assertThat(this.reports.report(foreign.id(), ADMIN).state()).isEqualTo(ReportState.CIRCULATED);
	}

	@Test
	void theWordDocumentHasHeadingsLanguageAndTheResultsTablesValues() throws Exception {
		Fixture fixture = fixture();
		MvcTestResult result = this.mvc.get()
			.uri("/results/reports/" + fixture.report().id() + "/report.docx?lang=ru")
			.with(as("focal.mol.tj"))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("2025-H1-ru.docx");
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Отчёт о ходе реализации 2025-H1");
			assertThat(doc.getStyles().getStyle("Heading1")).isNotNull();
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				if (p.getStyle() != null) {
					headings.add(p.getStyle() + ":" + p.getText());
				}
			}
			assertThat(headings).containsSubsequence("Title:Отчёт о ходе реализации 2025-H1",
					"Heading1:Краткое изложение", "Heading1:Результаты", "Heading1:Мероприятия",
					"Heading2:Мероприятия, завершённые за период", "Heading2:Отложенные или отменённые мероприятия",
					"Heading1:Риски");
			String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			assertThat(all).contains(fixture.programmeTitle(), "Полугодие прошло по плану.");

			ResultsTable.Row expected = this.table.of(fixture.programme().id(), 2025, ADMIN)
				.levels()
				.get(0)
				.indicators()
				.get(0)
				.rows()
				.get(0);
			List<XWPFTable> tables = doc.getTables();
			XWPFTableRow row = tables.get(0).getRow(1);
			assertThat(row.getCell(1).getText()).isEqualTo("1.a Консультации мигрантов");
			assertThat(row.getCell(3).getText()).isEqualTo("Таджикистан");
			assertThat(row.getCell(4).getText()).isEqualTo(expected.target().toPlainString()).isEqualTo("1000.5");
			assertThat(row.getCell(5).getText()).isEqualTo(expected.actual().toPlainString()).isEqualTo("905");
			assertThat(expected.light()).isEqualTo(TrafficLight.ON_TRACK);
			assertThat(row.getCell(6).getText()).isEqualTo("По плану");
			// completed in the half, then postponed with its reason; the one of July is
			// not in the first half
			assertThat(tables.get(1).getRow(1).getCell(0).getText()).isEqualTo("A1 Обучение сотрудников");
			assertThat(tables.get(2).getRow(1).getCell(4).getText()).isEqualTo("Выборы в парламент");
			assertThat(tables).hasSize(3);
			assertThat(tables.get(1).getRows()).hasSize(2);
		}
	}

	@Test
	void thePdfIsArchivalAndPrintsTheRussianTitles() throws Exception {
		Fixture fixture = fixture();
		MvcTestResult result = this.mvc.get()
			.uri("/results/reports/" + fixture.report().id() + "/report.pdf?lang=ru")
			.with(as("focal.mol.tj"))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(VeraPdf.failures(pdf)).isEmpty();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text)
			.contains("Отчёт о ходе реализации 2025-H1", "Краткое изложение", "Результаты",
					"Мероприятия, завершённые за период", "Отложенные или отменённые мероприятия", "Риски", "По плану",
					"1000.5", "905", "Выборы в парламент", "Полугодие прошло по плану")
			.doesNotContain("Progress report");
		MvcTestResult english = this.mvc.get()
			.uri("/results/reports/" + fixture.report().id() + "/report.pdf?lang=en")
			.with(as("focal.mol.tj"))
			.exchange();
		try (PDDocument document = Loader.loadPDF(english.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Progress report 2025-H1", "On track");
		}
		// a members-only programme's report is not there for another country
		assertThat(this.mvc.get()
			.uri("/results/reports/" + fixture.report().id() + "/report.pdf")
			.with(as("secretariat.kz"))).hasStatus(404);
	}

	@Test
	void thePagesSpeakRussian() {
		Programme programme = programme(Visibility.MEMBERS);
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/results?lang=ru").with(as("focal.mol.tj")))
			.bodyText()
			.contains("Отчёты о ходе реализации");
		assertThat(this.mvc.post()
			.uri("/programmes/" + programme.id() + "/reports?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("period", "2025")).hasStatusOk()
			.bodyText()
			.contains("Запишите период как полугодие: 2025-H1 или 2025-H2.");
		String created = this.mvc.post()
			.uri("/programmes/" + programme.id() + "/reports")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("period", "2025-H2")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).startsWith("/results/reports/");
		assertThat(this.mvc.get().uri(created + "?lang=ru").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("Отчёт о ходе реализации 2025-H2", "Проект", "Разослать для замечаний", "Сохранить текст");
		assertThat(this.mvc.post().uri(created + "/circulate").with(as("secretariat.tj")).with(csrf())).hasStatus(302);
		assertThat(this.mvc.post()
			.uri(created + "/comments?lang=ru")
			.with(as("focal.mol.tj"))
			.with(csrf())
			.param("body", " ")).hasStatusOk().bodyText().contains("Напишите замечание.");
		assertThat(this.mvc.get().uri(created + "/finalise?lang=ru").with(as("admin"))).hasStatusOk()
			.bodyText()
			.contains("Утвердить отчёт о ходе реализации?", "Да, утвердить");
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/reports?lang=ru").with(as("focal.mol.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("2025-H2", "Разослан для замечаний")
			.doesNotContain("Создать проект");
	}

	@Test
	void aFinalReportListsItsGuidesStaysAsFinalisedAndItsCirculationIsMailed() throws Exception {
		Viewer tjSecretariat = TestViewers.seated(this.directory, "CCM-TJ", MembershipRole.SECRETARIAT);
		UUID institution = this.issues.memberInstitutions(this.tj).iterator().next();
		String issueTitle = "Recruitment fees " + UUID.randomUUID();
		Issue issue = this.lifecycle.raise(tjSecretariat, "CCM-TJ", new IssueForm("en", issueTitle, "Too high",
				institution, null, List.of(), List.of(), null, Visibility.MEMBERS));
		String citation = this.issues.citation(issue);
		Programme programme = programme(Visibility.MEMBERS);
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Protection")), ADMIN);
		ResultLevel output = this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", text("Staff trained")), ADMIN);
		Activity done = this.guidance.create(programme.id(),
				new ActivityDetails(output.id(), "G1", text("Fee cap workshop"), "TJ", this.iom,
						LocalDate.of(2025, 2, 1), LocalDate.of(2025, 5, 31), ActivityStatus.COMPLETED, null, null),
				citation, null, ADMIN);
		this.guidance.create(programme.id(),
				new ActivityDetails(output.id(), "G2", text("Employers' round table"), "TJ", this.iom,
						LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30), ActivityStatus.POSTPONED, "Elections",
						null),
				null, citation, ADMIN);
		ProgressReport report = this.reports.create(programme.id(), "2025-H1", ADMIN);

		// circulating tells the mechanism's members by e-mail, in their language
		Person member = this.directory.membershipsOfMechanism(this.tj)
			.stream()
			.filter((m) -> m.isActiveOn(this.directory.today()))
			.map((m) -> this.directory.person(m.personId()).orElseThrow())
			.filter((p) -> p.email() != null)
			.findFirst()
			.orElseThrow();
		assertThat(this.mvc.post()
			.uri("/results/reports/" + report.id() + "/circulate")
			.with(as("secretariat.tj"))
			.with(csrf())).hasStatus(302);
		String title = programme.title().in(java.util.Locale.ENGLISH);
		long deadline = System.nanoTime() + 10_000_000_000L;
		List<MimeMessage> mails = List.of();
		while (mails.isEmpty() && System.nanoTime() < deadline) {
			mails = TestMailServer.messagesTo(member.email())
				.stream()
				.filter((m) -> subject(m).contains(title))
				.toList();
			Thread.sleep(100);
		}
		assertThat(mails).hasSize(1);
		assertThat(subject(mails.get(0))).contains("2025-H1");
		assertThat(mails.get(0).getContent().toString()).contains("/results/reports/" + report.id());

		assertThat(this.mvc.post().uri("/results/reports/" + report.id() + "/finalise").with(as("admin")).with(csrf()))
			.hasStatus(302);
		ReportPaper frozen = this.papers.paper(report.id(), java.util.Locale.ENGLISH, ADMIN);
		assertThat(frozen.completed()).singleElement().satisfies((a) -> assertThat(a.guidedBy()).isEqualTo(citation));
		assertThat(frozen.moved()).singleElement().satisfies((a) -> assertThat(a.cause()).isEqualTo(citation));
		assertThat(frozen.guides()).containsExactly(new ReportPaper.GuideLine(citation, issueTitle, "G1, G2"));

		// later changes of the workplan do not change the final report
		Activity current = this.workplan.activity(done.id(), ADMIN);
		this.guidance.update(done.id(),
				new ActivityDetails(output.id(), "G1", text("Renamed later"), "TJ", this.iom, LocalDate.of(2025, 2, 1),
						LocalDate.of(2025, 5, 31), ActivityStatus.COMPLETED, null, null),
				current.version(), "", null, ADMIN);
		assertThat(this.papers.paper(report.id(), java.util.Locale.ENGLISH, ADMIN)).isEqualTo(frozen);
		MvcTestResult docx = this.mvc.get()
			.uri("/results/reports/" + report.id() + "/report.docx?lang=en")
			.with(as("focal.mol.tj"))
			.exchange();
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
			String all = doc.getTables()
				.stream()
				.flatMap((t) -> t.getRows().stream())
				.flatMap((r) -> r.getTableCells().stream())
				.map((c) -> c.getText())
				.reduce("", (a, b) -> a + "|" + b);
			assertThat(all).contains("G1 Fee cap workshop", citation, issueTitle, "change caused by " + citation)
				.doesNotContain("Renamed later");
		}
		// the Russian copy was frozen as well
		assertThat(this.papers.paper(report.id(), java.util.Locale.forLanguageTag("ru"), ADMIN).guides())
			.extracting(ReportPaper.GuideLine::code)
			.containsExactly(citation);
	}

	@Test
	void circulatingTellsInTheAppOnlyThoseWhoMaySeeTheProgramme() throws Exception {
		ProgressReport members = this.reports.create(programme(Visibility.MEMBERS).id(), "2025-H2", ADMIN);
		ProgressReport restricted = this.reports.create(programme(Visibility.RESTRICTED).id(), "2025-H2", ADMIN);
		this.reports.circulate(members.id(), ADMIN);
		this.reports.circulate(restricted.id(), ADMIN);
		UUID secretariat = user("secretariat.tj");
		UUID focal = user("focal.mol.tj");
		long deadline = System.nanoTime() + 15_000_000_000L;
		while ((notified(secretariat, members.id()) == 0 || notified(secretariat, restricted.id()) == 0)
				&& System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		// the secretariat sees both programmes, a ministry's focal point only the
		// members' one
		assertThat(notified(secretariat, members.id())).isOne();
		assertThat(notified(secretariat, restricted.id())).isOne();
		assertThat(notified(focal, members.id())).isOne();
		assertThat(notified(focal, restricted.id())).isZero();
		assertThat(this.mvc.get().uri("/notifications").with(as("focal.mol.tj"))).bodyText()
			.contains("Progress report to comment on", "(2025-H2)");
	}

	private UUID user(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
	}

	private long notified(UUID user, UUID report) {
		return this.jdbc
			.sql("select count(*) from notification where user_id = ? and record_id = ? and kind = 'PROGRESS_REPORT'")
			.params(user, report)
			.query(Long.class)
			.single();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	record Fixture(Programme programme, String programmeTitle, ProgressReport report) {
	}

	private Fixture fixture() {
		Programme programme = programme(Visibility.MEMBERS);
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Защита мигрантов")), ADMIN);
		ResultLevel output = this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", text("Обучены сотрудники")), ADMIN);
		ResultIndicator indicator = this.framework.createIndicator(programme.id(), new IndicatorDetails(outcome.id(),
				"1.a", text("Консультации мигрантов"), "persons", null, "100", 2022, null), ADMIN);
		this.framework.setTarget(indicator.id(), 2025, "TJ", "1000.50", ADMIN);
		this.framework.setActual(indicator.id(), "2025-H1", "TJ", "905", "Отчёт центра", null, ADMIN);
		this.workplan.create(programme.id(),
				new ActivityDetails(output.id(), "A1", text("Обучение сотрудников"), "TJ", this.iom,
						LocalDate.of(2025, 1, 10), LocalDate.of(2025, 6, 30), ActivityStatus.COMPLETED, null, null),
				ADMIN);
		this.workplan.create(programme.id(),
				new ActivityDetails(output.id(), "A2", text("Консультация с работодателями"), "TJ", this.iom,
						LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30), ActivityStatus.POSTPONED,
						"Выборы в парламент", null),
				ADMIN);
		this.workplan.create(
				programme.id(), new ActivityDetails(output.id(), "A3", text("Летняя школа"), "TJ", this.iom,
						LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10), ActivityStatus.COMPLETED, null, null),
				ADMIN);
		ProgressReport report = this.reports.create(programme.id(), "2025-H1", ADMIN);
		this.reports.edit(report.id(), new ProgressReport.Narrative("Полугодие прошло по плану.", null, null,
				"Сезонная миграция меняет сроки."), report.version(), ADMIN);
		return new Fixture(programme, programme.title().in(java.util.Locale.forLanguageTag("ru")),
				this.reports.report(report.id(), ADMIN));
	}

	private Programme programme(Visibility visibility) {
		LocalDate today = this.register.today();
		return this.register.create(this.tj,
				new ProgrammeDetails(this.iom, null, text("Report test " + UUID.randomUUID()), null,
						today.minusYears(3), today.plusYears(2), EnumSet.of(ProgrammeTheme.PROTECTION), null,
						BudgetBand.UNKNOWN, null, null, visibility),
				ADMIN);
	}

	private static LocalizedText text(String en) {
		return LocalizedText.of(Map.of("en", en));
	}

}
