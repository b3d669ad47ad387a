package org.hamkori.results;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
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
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The IATI 2.03 export on the real database, read back by independent parts: the JDK's
 * schema validator with the official 2.03 schema (a copy of the standard's files), and a
 * DOM parser with XPath that reads the result values back and compares them with the
 * results table of the same programme; the one visibility rule on both addresses; and
 * every code taken from the IATI codelists.
 */
@HamkoriWebTest
class IatiExportTests {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	/*
	 * From the IATI codelists (version 2.03,
	 * iatistandard.org/en/iati-standard/203/codelists): ActivityStatus 1
	 * Pipeline/identification, 2 Implementation, 3 Finalisation, 4 Closed, 5 Cancelled, 6
	 * Suspended. ActivityDateType 1 Planned start, 2 Actual start, 3 Planned end, 4
	 * Actual end. ActivityScope 1 Global, 2 Regional, 3 Multi-national, 4 National, 5
	 * Sub-national: multi first-level, 6 Sub-national: single first-level, 7
	 * Sub-national: single second-level, 8 Single location. OrganisationRole 1 Funding, 2
	 * Accountable, 3 Extending, 4 Implementing. OrganisationType 10 Government, 11 Local
	 * Government, 15 Other Public Sector, 21 International NGO, 22 National NGO, 23
	 * Regional NGO, 24 Partner Country based NGO, 30 Public Private Partnership, 40
	 * Multilateral, 60 Foundation, 70 Private Sector, 71 in Provider Country, 72 in Aid
	 * Recipient Country, 73 in Third Country, 80 Academic, Training and Research, 90
	 * Other. ResultType 1 Output, 2 Outcome, 3 Impact, 9 Other. IndicatorMeasure 1 Unit,
	 * 2 Percentage, 3 Nominal, 4 Ordinal, 5 Qualitative. SectorVocabulary 1 OECD DAC CRS
	 * Purpose Codes (5 digit); Sector (DAC 5) 15190 Facilitation of orderly, safe,
	 * regular and responsible migration and mobility. RegionVocabulary 1 OECD DAC; Region
	 * 619 Central Asia, regional. Country (ISO 3166-1 alpha-2) KZ Kazakhstan, KG
	 * Kyrgyzstan, TJ Tajikistan, UZ Uzbekistan.
	 */
	static final Set<String> ACTIVITY_STATUS = Set.of("1", "2", "3", "4", "5", "6");

	static final Set<String> ACTIVITY_DATE_TYPE = Set.of("1", "2", "3", "4");

	static final Set<String> ACTIVITY_SCOPE = Set.of("1", "2", "3", "4", "5", "6", "7", "8");

	static final Set<String> ORGANISATION_ROLE = Set.of("1", "2", "3", "4");

	static final Set<String> ORGANISATION_TYPE = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60",
			"70", "71", "72", "73", "80", "90");

	static final Set<String> RESULT_TYPE = Set.of("1", "2", "3", "9");

	static final Set<String> INDICATOR_MEASURE = Set.of("1", "2", "3", "4", "5");

	static final Set<String> COUNTRY = Set.of("KZ", "KG", "TJ", "UZ");

	static Schema schema;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRegister register;

	@Autowired
	ResultsFramework framework;

	@Autowired
	ResultsTable table;

	@Autowired
	IatiActivities iati;

	@Autowired
	Directory directory;

	@Autowired
	Workplan workplan;

	@Autowired
	JdbcClient jdbc;

	UUID tj;

	UUID iom;

	@BeforeAll
	static void loadSchema() throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		// the copy and its local imports only: never the network
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		URL xsd = IatiExportTests.class.getResource("/standards/iati-2.03/iati-activities-schema.xsd");
		schema = factory.newSchema(xsd);
	}

	@BeforeEach
	void setUp() {
		this.tj = this.directory.mechanismOrThrow("CCM-TJ").id();
		this.iom = this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
	}

	@Test
	void thePublishedFileIsValidAndItsResultsAreTheResultsTable() throws Exception {
		Programme open = programme("IATI open " + UUID.randomUUID(), Visibility.PUBLIC);
		Programme hidden = programme("IATI members " + UUID.randomUUID(), Visibility.MEMBERS);
		framework(open);
		framework(hidden);

		MvcTestResult result = this.mvc.get().uri("/iati/activities.xml").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/xml");
		byte[] body = result.getResponse().getContentAsByteArray();
		validate(body);
		Document doc = parse(body);
		XPath xpath = XPathFactory.newInstance().newXPath();
		assertThat(xpath.evaluate("/iati-activities/@version", doc)).isEqualTo("2.03");
		assertThat(xpath.evaluate("/iati-activities/@generated-datetime", doc)).isNotBlank();
		String openId = this.iati.identifier(open.id());
		String hiddenId = this.iati.identifier(hidden.id());
		assertThat(openId).isEqualTo("XM-DAC-47066-" + open.id());
		assertThat(count(xpath, doc, "//iati-activity[iati-identifier='" + openId + "']")).isEqualTo(1);
		assertThat(count(xpath, doc, "//iati-activity[iati-identifier='" + hiddenId + "']")).isZero();
		assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain(hidden.title().get("en"));

		String activity = "//iati-activity[iati-identifier='" + openId + "']";
		assertThat(xpath.evaluate(activity + "/title/narrative[lang('ru')]", doc)).startsWith("Программа ИАТИ");
		assertThat(xpath.evaluate(activity + "/title/narrative[lang('en')]", doc)).isEqualTo(open.title().get("en"));
		assertThat(xpath.evaluate(activity + "/recipient-country/@code", doc)).isEqualTo("TJ");
		assertThat(xpath.evaluate(activity + "/recipient-country/@percentage", doc)).isEqualTo("100");
		assertThat(xpath.evaluate(activity + "/sector[@vocabulary='1']/@code", doc)).isEqualTo("15190");
		assertThat(xpath.evaluate(activity + "/participating-org[@role='1']/@ref", doc)).isEqualTo("CH-4");
		assertThat(xpath.evaluate(activity + "/participating-org[@role='4']/@ref", doc)).isEqualTo("XM-DAC-47066");
		assertThat(xpath.evaluate(activity + "/activity-status/@code", doc)).isEqualTo("2");
		assertThat(xpath.evaluate(activity + "/activity-date[@type='2']/@iso-date", doc))
			.isEqualTo(open.startDate().toString());
		assertThat(xpath.evaluate(activity + "/activity-date[@type='3']/@iso-date", doc))
			.isEqualTo(open.endDate().toString());
		assertThat(count(xpath, doc, activity + "/result[@type='2']")).isEqualTo(1);
		assertThat(count(xpath, doc, activity + "/result[@type='1']")).isEqualTo(1);
		String share = activity + "/result/indicator[title/narrative='Share of returnees informed']";
		assertThat(xpath.evaluate(share + "/@measure", doc)).isEqualTo("2");
		assertThat(xpath.evaluate(share + "/baseline/@year", doc)).isEqualTo("2022");
		assertThat(xpath.evaluate(share + "/baseline/@value", doc)).isEqualTo("12.5");
		// the exact decimals, never rounded nor in exponent form
		assertThat(xpath.evaluate(share + "/period[period-start/@iso-date='2024-01-01']/target/@value", doc))
			.isEqualTo("40.125");
		assertThat(xpath.evaluate(share + "/period[period-start/@iso-date='2025-01-01']/actual/@value", doc))
			.isEqualTo("47.5");

		int compared = compareWithTable(xpath, doc, activity, open, Viewer.anonymous());
		assertThat(compared).isEqualTo(6);
		assertCodes(xpath, doc);
	}

	@Test
	void theApiFileFollowsTheVisibilityRule() throws Exception {
		Programme hidden = programme("IATI members only " + UUID.randomUUID(), Visibility.MEMBERS);
		framework(hidden);
		String uri = "/api/v1/programmes/" + hidden.id() + "/iati.xml";

		assertThat(this.mvc.get().uri(uri)).hasStatus(401);
		String kz = TestRequests.apiToken(this.mvc, "secretariat.kz");
		MvcTestResult other = this.mvc.get().uri(uri).header("Authorization", "Bearer " + kz).exchange();
		assertThat(other).hasStatus(404);
		assertThat(other.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(other.getResponse().getContentAsString()).doesNotContain(hidden.title().get("en"));
		assertThat(this.mvc.get()
			.uri("/api/v1/programmes/" + UUID.randomUUID() + "/iati.xml")
			.header("Authorization", "Bearer " + kz)).hasStatus(404);

		String tjToken = TestRequests.apiToken(this.mvc, "secretariat.tj");
		MvcTestResult own = this.mvc.get().uri(uri).header("Authorization", "Bearer " + tjToken).exchange();
		assertThat(own).hasStatusOk();
		byte[] body = own.getResponse().getContentAsByteArray();
		validate(body);
		Document doc = parse(body);
		XPath xpath = XPathFactory.newInstance().newXPath();
		assertThat(count(xpath, doc, "//iati-activity")).isEqualTo(1);
		String activity = "//iati-activity[iati-identifier='" + this.iati.identifier(hidden.id()) + "']";
		assertThat(compareWithTable(xpath, doc, activity, hidden, ADMIN)).isEqualTo(6);
		assertCodes(xpath, doc);

		// the published file never holds it, whoever asks
		String published = new String(this.mvc.get()
			.uri("/iati/activities.xml")
			.header("Authorization", "Bearer " + tjToken)
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(published).doesNotContain(hidden.id().toString());
	}

	@Test
	void aRegionalProgrammeNamesTheRegion() throws Exception {
		UUID rcm = this.directory.mechanismOrThrow("RCM").id();
		Programme regional = this.register.create(rcm,
				new ProgrammeDetails(this.iom, null, LocalizedText.of("en", "IATI regional " + UUID.randomUUID()),
						"Across Central Asia", this.register.today().plusMonths(2), null,
						EnumSet.of(ProgrammeTheme.PROTECTION), null, BudgetBand.UNKNOWN, null, null, Visibility.PUBLIC),
				ADMIN);
		byte[] body = this.iati.of(regional.id(), ADMIN);
		validate(body);
		Document doc = parse(body);
		XPath xpath = XPathFactory.newInstance().newXPath();
		assertThat(xpath.evaluate("//recipient-region/@code", doc)).isEqualTo("619");
		assertThat(xpath.evaluate("//recipient-region/@percentage", doc)).isEqualTo("100");
		assertThat(count(xpath, doc, "//recipient-country")).isZero();
		assertThat(xpath.evaluate("//activity-scope/@code", doc)).isEqualTo("2");
		assertThat(xpath.evaluate("//activity-status/@code", doc)).isEqualTo("1");
		assertThat(xpath.evaluate("//activity-date/@type", doc)).isEqualTo("1");
		assertCodes(xpath, doc);
	}

	/*
	 * IATI codelists (2.03): BudgetType 1 Original, 2 Revised; BudgetStatus 1 Indicative,
	 * 2 Committed; RelatedActivityType 1 Parent, 2 Child, 3 Sibling, 4 Co-funded, 5 Third
	 * Party; Currency ISO 4217.
	 */
	@Test
	void aRegionalProgrammeHasItsCountriesAsChildrenWithTheWorkplanBudgets() throws Exception {
		UUID rcm = this.directory.mechanismOrThrow("RCM").id();
		LocalDate today = this.register.today();
		Programme regional = this.register.create(rcm,
				new ProgrammeDetails(this.iom, null, LocalizedText.of("en", "IATI hierarchy " + UUID.randomUUID()),
						null, today.minusYears(4), today.plusYears(2), EnumSet.of(ProgrammeTheme.PROTECTION), null,
						BudgetBand.UNKNOWN, null, null, Visibility.PUBLIC),
				ADMIN);
		UUID output = framework(regional);
		// the region: 10 000 in 2024
		activity(regional, output, "R1", Area.REGION, "2024-03-01", "2024-06-30", ActivityStatus.COMPLETED, "10000",
				"USD");
		// Tajikistan: 62 days over the new year, half in each; then 1 200.50 in 2025
		activity(regional, output, "T1", "TJ", "2024-12-01", "2025-01-31", ActivityStatus.COMPLETED, "5000", "USD");
		activity(regional, output, "T2", "TJ", "2025-02-01", "2025-03-31", ActivityStatus.COMPLETED, "1200.50", "USD");
		// Kyrgyzstan: a cancelled activity spends nothing; one in francs; one without a
		// budget
		activity(regional, output, "K1", "KG", "2025-05-01", "2025-05-31", ActivityStatus.CANCELLED, "9999", "USD");
		activity(regional, output, "K2", "KG", "2025-06-01", "2025-06-30", ActivityStatus.COMPLETED, "700", "CHF");
		activity(regional, output, "K3", "KG", "2025-07-01", "2025-07-31", ActivityStatus.COMPLETED, null, null);
		// Uzbekistan: only a cancelled activity, so a cancelled child with no budget
		activity(regional, output, "U1", "UZ", "2025-09-01", "2025-09-30", ActivityStatus.CANCELLED, "500", "USD");
		// a budget is an amount not below zero, to the cent, in an ISO 4217 currency
		assertThatThrownBy(() -> activity(regional, output, "X1", "KG", "2025-07-01", "2025-07-31",
				ActivityStatus.PLANNED, "100", null))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.errors()).containsEntry("budgetCurrency",
					"validation.workplan.budget.currency"));
		assertThatThrownBy(() -> activity(regional, output, "X2", "KG", "2025-07-01", "2025-07-31",
				ActivityStatus.PLANNED, "100", "XYZ"))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.errors()).containsEntry("budgetCurrency",
					"validation.workplan.budget.currency"));
		assertThatThrownBy(() -> activity(regional, output, "X3", "KG", "2025-07-01", "2025-07-31",
				ActivityStatus.PLANNED, "-1", "USD"))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.errors()).containsEntry("budgetAmount", "validation.workplan.budget.amount"));
		assertThatThrownBy(() -> activity(regional, output, "X4", "KG", "2025-07-01", "2025-07-31",
				ActivityStatus.PLANNED, "10.005", "USD"))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.errors()).containsEntry("budgetAmount", "validation.workplan.budget.amount"));

		byte[] body = this.iati.of(regional.id(), ADMIN);
		validate(body);
		Document doc = parse(body);
		XPath xpath = XPathFactory.newInstance().newXPath();
		String parentId = this.iati.identifier(regional.id());
		String tjId = this.iati.identifier(regional.id(), "TJ");
		String kgId = this.iati.identifier(regional.id(), "KG");
		String uzId = this.iati.identifier(regional.id(), "UZ");
		assertThat(tjId).isEqualTo(parentId + "-TJ");
		assertThat(values(xpath, doc, "//iati-identifier/text()")).containsExactly(parentId, kgId, tjId, uzId);

		String parent = "//iati-activity[iati-identifier='" + parentId + "']";
		assertThat(xpath.evaluate(parent + "/@hierarchy", doc)).isEqualTo("1");
		assertThat(values(xpath, doc, parent + "/related-activity[@type='2']/@ref")).containsExactly(kgId, tjId, uzId);
		assertThat(count(xpath, doc, parent + "/related-activity[@type!='2']")).isZero();
		assertThat(xpath.evaluate(parent + "/recipient-region/@code", doc)).isEqualTo("619");
		assertThat(budgets(xpath, doc, parent)).containsExactly("2024 USD 10000.00");
		// the results framework stays with the programme
		assertThat(compareWithTable(xpath, doc, parent, regional, ADMIN)).isEqualTo(6);

		for (String child : List.of(tjId, kgId, uzId)) {
			String path = "//iati-activity[iati-identifier='" + child + "']";
			assertThat(xpath.evaluate(path + "/@hierarchy", doc)).isEqualTo("2");
			assertThat(values(xpath, doc, path + "/related-activity/@type")).containsExactly("1");
			assertThat(xpath.evaluate(path + "/related-activity/@ref", doc)).isEqualTo(parentId);
			assertThat(xpath.evaluate(path + "/activity-scope/@code", doc)).isEqualTo("4");
			assertThat(xpath.evaluate(path + "/participating-org[@role='1']/@ref", doc)).isEqualTo("CH-4");
			assertThat(xpath.evaluate(path + "/participating-org[@role='4']/@ref", doc)).isEqualTo("XM-DAC-47066");
			assertThat(count(xpath, doc, path + "/result")).isZero();
		}
		String tj = "//iati-activity[iati-identifier='" + tjId + "']";
		assertThat(xpath.evaluate(tj + "/recipient-country/@code", doc)).isEqualTo("TJ");
		assertThat(xpath.evaluate(tj + "/title/narrative", doc)).endsWith(" — Tajikistan");
		assertThat(xpath.evaluate(tj + "/activity-date[@type='2']/@iso-date", doc)).isEqualTo("2024-12-01");
		assertThat(xpath.evaluate(tj + "/activity-date[@type='4']/@iso-date", doc)).isEqualTo("2025-03-31");
		assertThat(xpath.evaluate(tj + "/activity-status/@code", doc)).isEqualTo("3");
		assertThat(budgets(xpath, doc, tj)).containsExactly("2024 USD 2500.00", "2025 USD 3700.50");
		String kg = "//iati-activity[iati-identifier='" + kgId + "']";
		assertThat(xpath.evaluate(kg + "/recipient-country/@code", doc)).isEqualTo("KG");
		assertThat(budgets(xpath, doc, kg)).containsExactly("2025 CHF 700.00");
		assertThat(xpath.evaluate(kg + "/budget/value/@value-date", doc)).isEqualTo("2025-01-01");
		// the cancelled activity does not stretch Kyrgyzstan's dates
		assertThat(xpath.evaluate(kg + "/activity-date[@type='2']/@iso-date", doc)).isEqualTo("2025-06-01");
		assertThat(xpath.evaluate(kg + "/activity-status/@code", doc)).isEqualTo("3");
		String uz = "//iati-activity[iati-identifier='" + uzId + "']";
		assertThat(xpath.evaluate(uz + "/activity-status/@code", doc)).isEqualTo("5");
		assertThat(count(xpath, doc, uz + "/budget")).isZero();

		// never counted twice: the file's budgets add up to the workplan's, less the
		// cancelled
		assertThat(total(xpath, doc, "USD")).isEqualByComparingTo(workplanTotal(regional, "USD"))
			.isEqualByComparingTo("16200.50");
		assertThat(total(xpath, doc, "CHF")).isEqualByComparingTo(workplanTotal(regional, "CHF"));
		assertCodes(xpath, doc);
		assertThat(values(xpath, doc, "//budget/@type")).containsOnly("1");
		assertThat(values(xpath, doc, "//budget/@status")).containsOnly("1");
	}

	@Test
	void theDemoProgrammeAndItsCountriesAreValidAndAddUpToItsWorkplan() throws Exception {
		UUID rcm = this.directory.mechanismOrThrow("RCM").id();
		Programme demo = this.register.ofMechanism(rcm, ADMIN)
			.stream()
			.filter((p) -> ResultsDemoData.TITLE.equals(p.title().get("en")))
			.findFirst()
			.orElseThrow();
		byte[] body = this.iati.of(demo.id(), Viewer.anonymous());
		validate(body);
		Document doc = parse(body);
		XPath xpath = XPathFactory.newInstance().newXPath();
		String parent = "//iati-activity[iati-identifier='" + this.iati.identifier(demo.id()) + "']";
		assertThat(values(xpath, doc, "//iati-activity[@hierarchy='2']/recipient-country/@code")).containsExactly("KG",
				"KZ", "TJ", "UZ");
		assertThat(count(xpath, doc, parent + "/related-activity[@type='2']")).isEqualTo(4);
		assertThat(count(xpath, doc, "//budget")).isPositive();
		assertThat(total(xpath, doc, "USD")).isEqualByComparingTo(workplanTotal(demo, "USD"));
		assertThat(compareWithTable(xpath, doc, parent, demo, Viewer.anonymous())).isPositive();
		assertCodes(xpath, doc);

		// and so in the published file
		byte[] published = this.iati.published().orElseThrow();
		validate(published);
		assertThat(count(xpath, parse(published),
				"//iati-activity[related-activity[@type='1']/@ref='" + this.iati.identifier(demo.id()) + "']"))
			.isEqualTo(4);
	}

	/**
	 * The 2.03 schema wants at least one activity in a file: an empty list would not
	 * validate, so while no programme is public there is no file.
	 */
	@Test
	@Transactional
	void withNoPublicProgrammeThereIsNoFileRatherThanAnInvalidOne() throws Exception {
		byte[] empty = "<iati-activities version=\"2.03\" generated-datetime=\"2026-01-01T00:00:00Z\"/>"
			.getBytes(StandardCharsets.UTF_8);
		assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(empty))))
			.isInstanceOf(org.xml.sax.SAXException.class);

		assertThat(this.mvc.get().uri("/iati/activities.xml")).hasStatusOk();
		// rolled back after the test
		this.jdbc.sql("update programme set visibility = 'MEMBERS' where visibility = 'PUBLIC'").update();
		assertThat(this.iati.published()).isEmpty();
		MvcTestResult result = this.mvc.get().uri("/iati/activities.xml").exchange();
		assertThat(result).hasStatus(404);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("iati-activities");
	}

	private void activity(Programme programme, UUID output, String code, String area, String start, String end,
			ActivityStatus status, String amount, String currency) {
		this.workplan.create(programme.id(),
				new ActivityDetails(output, code, LocalizedText.of("en", "Activity " + code), area, this.iom,
						LocalDate.parse(start), LocalDate.parse(end), status, status.needsReason() ? "Moved" : null,
						null, (amount != null) ? new BigDecimal(amount) : null, currency),
				ADMIN);
	}

	/** The budgets of one activity as "year currency value", in the file's order. */
	private static List<String> budgets(XPath xpath, Document doc, String activity) throws Exception {
		NodeList nodes = (NodeList) xpath.evaluate(activity + "/budget", doc, XPathConstants.NODESET);
		List<String> budgets = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node budget = nodes.item(i);
			String start = xpath.evaluate("period-start/@iso-date", budget);
			assertThat(xpath.evaluate("period-end/@iso-date", budget)).isEqualTo(start.substring(0, 4) + "-12-31");
			assertThat(start).endsWith("-01-01");
			budgets.add(start.substring(0, 4) + " " + xpath.evaluate("value/@currency", budget) + " "
					+ xpath.evaluate("value", budget));
		}
		return budgets;
	}

	private static BigDecimal total(XPath xpath, Document doc, String currency) throws Exception {
		return values(xpath, doc, "//budget/value[@currency='" + currency + "']/text()").stream()
			.map(BigDecimal::new)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** What the workplan budgets in a currency, but for cancelled activities. */
	private BigDecimal workplanTotal(Programme programme, String currency) {
		return this.workplan.activities(programme.id(), null, null, ADMIN)
			.stream()
			.filter((a) -> a.status() != ActivityStatus.CANCELLED && currency.equals(a.budgetCurrency()))
			.map(Activity::budgetAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Every target and actual of the results table, year by year and area by area, is in
	 * the file with the same exact value; returns how many were compared.
	 */
	private int compareWithTable(XPath xpath, Document doc, String activity, Programme programme, Viewer viewer)
			throws Exception {
		int compared = 0;
		for (int year = 2023; year <= 2026; year++) {
			ResultsTable.Table t = this.table.of(programme.id(), year, viewer);
			for (ResultsTable.LevelBlock level : t.levels()) {
				for (ResultsTable.IndicatorBlock block : level.indicators()) {
					String indicator = activity + "/result/indicator[title/narrative='"
							+ block.indicator().name().get("en") + "']";
					String period = indicator + "/period[period-start/@iso-date='" + year
							+ "-01-01' and period-end/@iso-date='" + year + "-12-31']";
					for (ResultsTable.Row row : block.rows()) {
						compared += same(xpath, doc,
								period + "/target[dimension[@name='area']/@value='" + row.area() + "']/@value",
								row.target());
						compared += same(xpath, doc,
								period + "/actual[dimension[@name='area']/@value='" + row.area() + "']/@value",
								row.actual());
					}
				}
			}
		}
		return compared;
	}

	private static int same(XPath xpath, Document doc, String path, BigDecimal expected) throws Exception {
		NodeList nodes = (NodeList) xpath.evaluate(path, doc, XPathConstants.NODESET);
		if (expected == null) {
			assertThat(nodes.getLength()).as(path).isZero();
			return 0;
		}
		assertThat(nodes.getLength()).as(path).isEqualTo(1);
		assertThat(nodes.item(0).getNodeValue()).as(path).isEqualTo(expected.toPlainString());
		return 1;
	}

	private static void assertCodes(XPath xpath, Document doc) throws Exception {
		assertThat(values(xpath, doc, "//activity-status/@code")).isNotEmpty().isSubsetOf(ACTIVITY_STATUS);
		assertThat(values(xpath, doc, "//activity-date/@type")).isNotEmpty().isSubsetOf(ACTIVITY_DATE_TYPE);
		assertThat(values(xpath, doc, "//activity-scope/@code")).isSubsetOf(ACTIVITY_SCOPE);
		assertThat(values(xpath, doc, "//participating-org/@role")).isNotEmpty().isSubsetOf(ORGANISATION_ROLE);
		assertThat(values(xpath, doc, "//participating-org/@type | //reporting-org/@type"))
			.isSubsetOf(ORGANISATION_TYPE);
		assertThat(values(xpath, doc, "//result/@type")).isSubsetOf(RESULT_TYPE);
		assertThat(values(xpath, doc, "//indicator/@measure")).isSubsetOf(INDICATOR_MEASURE);
		assertThat(values(xpath, doc, "//sector/@vocabulary")).containsOnly("1");
		assertThat(values(xpath, doc, "//sector/@code")).containsOnly("15190");
		assertThat(values(xpath, doc, "//recipient-country/@code")).isSubsetOf(COUNTRY);
		assertThat(values(xpath, doc, "//recipient-region/@code")).isSubsetOf(Set.of("619"));
		assertThat(values(xpath, doc, "//recipient-region/@vocabulary")).isSubsetOf(Set.of("1"));
	}

	private static List<String> values(XPath xpath, Document doc, String path) throws Exception {
		NodeList nodes = (NodeList) xpath.evaluate(path, doc, XPathConstants.NODESET);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			values.add(node.getNodeValue());
		}
		return values;
	}

	private static int count(XPath xpath, Document doc, String path) throws Exception {
		return ((NodeList) xpath.evaluate(path, doc, XPathConstants.NODESET)).getLength();
	}

	private static void validate(byte[] body) {
		assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(body))))
			.as(new String(body, StandardCharsets.UTF_8))
			.doesNotThrowAnyException();
	}

	private static Document parse(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	/**
	 * An outcome with a percentage indicator (baseline, targets 2024–2025 and actuals for
	 * 2024 and the first half of 2025) and an output with a count (a 2024 target and a
	 * whole-year actual).
	 */
	private UUID framework(Programme programme) {
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", LocalizedText.of("en", "Protection")), ADMIN);
		ResultLevel output = this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", LocalizedText.of("en", "Returnees informed")),
				ADMIN);
		ResultIndicator share = this.framework.createIndicator(programme.id(), new IndicatorDetails(outcome.id(), "1.a",
				LocalizedText.of("en", "Share of returnees informed"), "%", null, "12.50", 2022, null), ADMIN);
		this.framework.setTarget(share.id(), 2024, "TJ", "40.125", ADMIN);
		this.framework.setTarget(share.id(), 2025, "TJ", "55", ADMIN);
		this.framework.setActual(share.id(), "2024", "TJ", "38.75", "Survey", null, ADMIN);
		this.framework.setActual(share.id(), "2025-H1", "TJ", "47.5", "Survey", null, ADMIN);
		ResultIndicator sessions = this.framework.createIndicator(
				programme.id(), new IndicatorDetails(output.id(), "1.1.a",
						LocalizedText.of("en", "Information sessions held"), "sessions", null, null, null, null),
				ADMIN);
		this.framework.setTarget(sessions.id(), 2024, "TJ", "120", ADMIN);
		this.framework.setActual(sessions.id(), "2024", "TJ", "131", "Centre reports", null, ADMIN);
		return output.id();
	}

	private Programme programme(String title, Visibility visibility) {
		LocalDate today = this.register.today();
		return this.register.create(this.tj,
				new ProgrammeDetails(this.iom, null,
						LocalizedText.of(Map.of("en", title, "ru", "Программа ИАТИ " + title)), null,
						today.minusYears(3), today.plusYears(2), EnumSet.of(ProgrammeTheme.PROTECTION), null,
						BudgetBand.UNKNOWN, null, null, visibility),
				ADMIN);
	}

}
