package org.hamkori.reporting;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.directory.Directory;
import org.hamkori.indicators.Period;
import org.junit.jupiter.api.BeforeEach;
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
 * The reporting forms bound as form records. Why an upload, a mapping or a return was
 * refused reaches the page as every other page gets it, {@code ?problem=} after the
 * redirect, and is read there in the reader's language with its arguments; the address
 * cannot make a page show text of its own. A refused figure or a missing institution is
 * named on the page shown again, with what was typed kept, and a value of the wrong type
 * answers "not found".
 */
@HamkoriWebTest
class ReportingFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	DataImport imports;

	@Autowired
	Submissions submissions;

	CompletenessTestData data;

	@BeforeEach
	void setUp() {
		this.data = new CompletenessTestData(this.jdbc, this.directory, this.dataSets, this.imports, this.submissions);
	}

	@Test
	void aFileInAnotherEncodingIsRefusedInRussianWithItsLine() throws IOException {
		Obligation o = this.data.obligation(StatisticsTestSupport.uniqueCode("ENC"), "2024-Q1");
		byte[] cp1251 = "REMITTANCES;2024-Q1;10\nПоказатель;Период;Значение\n"
			.getBytes(Charset.forName("windows-1251"));
		MvcTestResult refused = upload(o, new MockMultipartFile("file", "cp1251.csv", "text/csv", cp1251));
		assertThat(refused.getResponse().getRedirectedUrl())
			.isEqualTo("/data/obligations/" + o.id() + "?problem=data.file.encoding&problemArg=2#upload");
		assertThat(page(refused, "focal.nbt.tj")).contains("Файл не в кодировке UTF-8: в строке 2 есть символы");
		assertThat(this.submissions.ofObligation(o.id())).isEmpty();
	}

	@Test
	void anEmptyFileAndAnUnknownColumnRoleAreNamedInRussian() throws IOException {
		Obligation o = this.data.obligation(StatisticsTestSupport.uniqueCode("EMP"), "2024-Q1");
		assertThat(page(upload(o, new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0])), "focal.nbt.tj"))
			.contains("Файл пуст.");

		String csv = "Country,Quarter,Amount\nRUS,2024-Q1,10\n";
		MvcTestResult received = upload(o,
				new MockMultipartFile("file", "long.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		String upload = received.getResponse().getRedirectedUrl();
		assertThat(upload).startsWith("/data/uploads/");
		MvcTestResult unmapped = this.mvc.post()
			.uri(upload + "/check")
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("role[0]", "NO_SUCH_ROLE")
			.param("role[2]", "VALUE")
			.param("delimiter", ",")
			.exchange();
		assertThat(unmapped.getResponse().getRedirectedUrl())
			.isEqualTo(upload + "?problem=data.upload.mapping-invalid");
		assertThat(page(unmapped, "focal.nbt.tj")).contains("Сопоставьте значению один столбец");
	}

	@Test
	void aReturnWithoutCommentIsRefusedInRussianAndChangesNothing() throws IOException {
		Obligation o = this.data.obligation(StatisticsTestSupport.uniqueCode("RET"), "2024-Q1");
		Submission submitted = this.data.submit(o, "2024-Q1");
		MvcTestResult refused = this.mvc.post()
			.uri("/data/submissions/" + submitted.id() + "/return")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("version", Long.toString(submitted.version()))
			.param("comment", " ")
			.exchange();
		assertThat(refused.getResponse().getRedirectedUrl())
			.isEqualTo("/data/submissions/" + submitted.id() + "?problem=data.return.comment-required");
		assertThat(page(refused, "secretariat.tj")).contains("Укажите, что нужно исправить.");
		assertThat(this.submissions.find(submitted.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);
	}

	@Test
	void theAddressCannotPutItsOwnTextOnThePage() throws IOException {
		Obligation o = this.data.obligation(StatisticsTestSupport.uniqueCode("ADR"), "2024-Q1");
		String page = "/data/obligations/" + o.id();
		String alert = "class=\"alert\" role=\"alert\"";
		assertThat(body(page + "?problem=data.file.encoding&problemArg=7&lang=ru", "focal.nbt.tj")).contains(alert,
				"в строке 7 есть символы");
		assertThat(body(page + "?problem=data.file.encoding&problemArg=Call+us+now&lang=ru", "focal.nbt.tj"))
			.doesNotContain(alert, "Call us now", "Файл не в кодировке");
		assertThat(body(page + "?problem=data.file.encoding&problemArg=%3Cb%3Ex%3C/b%3E&lang=ru", "focal.nbt.tj"))
			.doesNotContain(alert, "<b>x</b>", "Файл не в кодировке");
		assertThat(body(page + "?problem=data.file.no-such-message", "focal.nbt.tj")).doesNotContain(alert);
	}

	@Test
	void theGridKeepsAFigureThatIsNoNumberAndSaysWhyInRussian() {
		Obligation o = this.data.obligation(StatisticsTestSupport.uniqueCode("GRD"), "2024-Q1");
		assertThat(this.mvc.post()
			.uri("/data/obligations/" + o.id() + "/periods/2024-Q1?lang=ru")
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("cells[v.1]", "100")
			.param("cells[v.2]", "двенадцать")
			.param("cells[n.2]", "Оценка банка")).hasStatusOk()
			.bodyText()
			.contains("«двенадцать» не является числом.", "value=\"двенадцать\"", "value=\"Оценка банка\"");
		// line 1, the total, is saved; the figure that is no number waits as typed
		assertThat(this.submissions.values(this.submissions.current(o.id(), Period.of("2024-Q1")).orElseThrow().id()))
			.hasSize(1);
	}

	@Test
	void anObligationWithoutInstitutionSaysWhyInRussianAndKeepsThePeriods() {
		Obligation o = this.data.obligation(StatisticsTestSupport.uniqueCode("OBL"), "2024-Q1");
		assertThat(this.mvc.post()
			.uri("/data-sets/" + o.dataSetId() + "/obligations?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("dueDays", "45")
			.param("firstPeriod", "2025-Q3")
			.param("lastPeriod", "2026-Q4")).hasStatusOk()
			.bodyText()
			.contains("Выберите учреждение.", "value=\"2025-Q3\"", "value=\"2026-Q4\"", "value=\"45\"");
		assertThat(this.dataSets.obligationsOf(o.dataSetId())).hasSize(1);
		assertThat(this.mvc.post()
			.uri("/data-sets/" + o.dataSetId() + "/obligations")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("organisationId", "not-an-id")
			.param("dueDays", "45")
			.param("firstPeriod", "2025-Q3")).hasStatus(404);
		assertThat(this.dataSets.obligationsOf(o.dataSetId())).hasSize(1);
	}

	private MvcTestResult upload(Obligation o, MockMultipartFile file) {
		MvcTestResult result = this.mvc.post()
			.uri("/data/obligations/" + o.id() + "/uploads")
			.multipart()
			.file(file)
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(302);
		return result;
	}

	/** The page a refused step redirected to, read in Russian. */
	private String page(MvcTestResult refused, String user) throws IOException {
		String target = refused.getResponse().getRedirectedUrl();
		int fragment = target.indexOf('#');
		String address = (fragment < 0) ? target : target.substring(0, fragment);
		return body(address + (address.contains("?") ? "&" : "?") + "lang=ru", user);
	}

	private String body(String address, String user) throws IOException {
		MvcTestResult result = this.mvc.get().uri(address).with(as(user)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
