package org.hamkori.directory;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.XlsxText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * A person's e-mail and phone reach only members of a mechanism the person sits in, the
 * regional secretariat and admins. Checked through every channel: the page, the API with
 * a bearer token, CSV, XLSX and vCard.
 */
@HamkoriWebTest
class ContactVisibilityTests {

	static final String TJ_EMAIL = "b.sharipov@nbt.example.tj";

	@Autowired
	MockMvcTester mvc;

	@Test
	void kazakhSecretariatSeesNoTajikContactsOnThePage() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ").with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.contains("National Bank of Tajikistan", "Bahrom Sharipov")
			.doesNotContain(TJ_EMAIL, "@mol.example.tj");
	}

	@Test
	void tajikMembersAndRegionalSecretariatSeeTajikContacts() {
		for (String user : List.of("secretariat.tj", "focal.nbt.tj", "observer.tj", "regional", "admin")) {
			assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ").with(as(user))).as(user)
				.hasStatusOk()
				.bodyText()
				.contains(TJ_EMAIL);
		}
	}

	@Test
	void anonymousVisitorsSeeCompositionButNoContacts() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ")).hasStatusOk()
			.bodyText()
			.contains("Bahrom Sharipov")
			.doesNotContain(TJ_EMAIL);
		assertThat(this.mvc.get().uri("/api/v1/people?mechanism=CCM-TJ")).hasStatusOk()
			.bodyText()
			.contains("Bahrom Sharipov")
			.doesNotContain(TJ_EMAIL);
	}

	@Test
	void kazakhTokenGetsNoTajikContactsFromTheApi() throws Exception {
		String kz = token("secretariat.kz");
		assertThat(this.mvc.get().uri("/api/v1/people?mechanism=CCM-TJ").header("Authorization", "Bearer " + kz))
			.hasStatusOk()
			.bodyText()
			.contains("Bahrom Sharipov")
			.doesNotContain(TJ_EMAIL);
		String tj = token("secretariat.tj");
		assertThat(this.mvc.get().uri("/api/v1/people?mechanism=CCM-TJ").header("Authorization", "Bearer " + tj))
			.hasStatusOk()
			.bodyText()
			.contains(TJ_EMAIL);
	}

	@Test
	void kazakhSecretariatExportsNoTajikContacts() throws Exception {
		byte[] csv = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/members.csv")
			.with(as("secretariat.kz"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		List<String[]> rows = new CSVReader(new StringReader(new String(csv, StandardCharsets.UTF_8))).readAll();
		assertThat(rows).hasSizeGreaterThan(10);
		assertThat(rows).flatExtracting(List::of).contains("Bahrom Sharipov").doesNotContain(TJ_EMAIL);

		byte[] xlsx = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/members.xlsx")
			.with(as("secretariat.kz"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> cells = XlsxText.rows(xlsx);
		assertThat(cells).flatExtracting((row) -> row).contains("Bahrom Sharipov").doesNotContain(TJ_EMAIL);

		String vcf = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/members.vcf")
			.with(as("secretariat.kz"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(vcf).doesNotContain(TJ_EMAIL).doesNotContain("Sharipov");
	}

	@Test
	void tajikSecretariatExportsContactsReadableByOtherParsers() throws Exception {
		byte[] csv = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/members.csv")
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<String[]> rows = new CSVReader(
				new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)))
			.readAll();
		assertThat(rows.get(0)).contains("E-mail");
		assertThat(rows).flatExtracting(List::of).contains(TJ_EMAIL);
		String vcf = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/members.vcf")
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(vcf).contains("BEGIN:VCARD", "VERSION:4.0", "FN:Bahrom Sharipov", TJ_EMAIL);
	}

	@Test
	void theMemberListHasAMachineHeaderAndRealDates() throws Exception {
		byte[] csv = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/members.csv?header=codes&lang=ru")
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		List<String[]> rows = new CSVReader(new StringReader(new String(csv, StandardCharsets.UTF_8))).readAll();
		assertThat(rows.get(0)).containsExactly("ORGANISATION", "ACRONYM", "ORGANISATION_TYPE", "PERSON", "POSITION",
				"ROLE", "EMAIL", "PHONE", "VALID_FROM", "VALID_TO");
		assertThat(rows.stream().filter((r) -> r[6].equals(TJ_EMAIL))).singleElement()
			.satisfies((r) -> assertThat(r[2]).isEqualTo("CENTRAL_BANK"));
		byte[] xlsx = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/members.xlsx")
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.Cell from = workbook.getSheetAt(0).getRow(1).getCell(8);
			assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(from)).isTrue();
			assertThat(from.getLocalDateTimeCellValue().getYear()).isBetween(2000, 2030);
		}
	}

	@Test
	void aSavedPersonCarriesTheTimeOfTheChangeIntoTheirCard(@Autowired PersonRepository people,
			@Autowired java.time.Clock clock) throws Exception {
		Person person = people.findByEmailIgnoreCase(TJ_EMAIL).orElseThrow();
		java.time.Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		people.save(person.withDetails(person.fullName(), person.position(), person.email(), person.phone(),
				person.preferredLanguage(), person.sex(), person.publicListing(), person.version()));
		java.time.Instant after = clock.instant();
		ezvcard.VCard card = ezvcard.Ezvcard
			.parse(this.mvc.get()
				.uri("/people/" + person.id() + "/vcard")
				.with(as("secretariat.tj"))
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8))
			.first();
		assertThat(card.getUid().getValue()).isEqualTo("urn:uuid:" + person.id());
		assertThat(card.getRevision().getValue()).isInstanceOfSatisfying(java.time.Instant.class,
				(rev) -> assertThat(rev).isBetween(before, after));
	}

	@Test
	void personPageAndCardFollowTheSameRule() throws Exception {
		String personPage = this.mvc.get()
			.uri("/mechanisms/CCM-TJ")
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(personPage).isNull();
		String html = this.mvc.get()
			.uri("/api/v1/people?mechanism=CCM-TJ")
			.exchange()
			.getResponse()
			.getContentAsString();
		String id = html.replaceAll("(?s).*\"id\":\"([^\"]+)\",\"fullName\":\"Bahrom Sharipov\".*", "$1");
		assertThat(this.mvc.get().uri("/people/" + id).with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.doesNotContain(TJ_EMAIL);
		assertThat(this.mvc.get().uri("/people/" + id).with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains(TJ_EMAIL);
		assertThat(this.mvc.get().uri("/people/" + id + "/vcard").with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/people/" + id + "/vcard").with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains(TJ_EMAIL);
	}

	private String token(String username) {
		return TestRequests.apiToken(this.mvc, username);
	}

}
