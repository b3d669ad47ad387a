package org.hamkori.search;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hamkori.directory.Directory;
import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.Documents;
import org.hamkori.documents.StoredDocument;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.StatisticsTestSupport;
import org.hamkori.search.Search.Item;
import org.hamkori.search.SearchIndex.Candidate;
import org.hamkori.search.SearchIndex.Filter;
import org.hamkori.search.SearchIndex.Form;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.hamkori.HamkoriWebTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one search over the demo data: nobody finds what they may not see, whatever the
 * kind of record; the regional mechanism finds exactly what was escalated; word forms and
 * spellings meet; documents are found by their full text.
 */
@HamkoriWebTest
class SearchIsolationTests {

	private static boolean built;

	@Autowired
	private Search search;

	@Autowired
	private SearchIndexer indexer;

	@Autowired
	private SearchIndex index;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Directory directory;

	@Autowired
	private DataSets dataSets;

	@Autowired
	private ProgrammeRegister programmes;

	@Autowired
	private Documents documents;

	@BeforeEach
	void build() {
		if (!built) {
			this.indexer.rebuild();
			built = true;
		}
	}

	@Test
	void aMemberOfAnotherCountryFindsNothingOfTajikistanThatIsNotPublic() {
		UUID tj = this.directory.mechanismOrThrow("CCM-TJ").id();
		UUID kz = this.directory.mechanismOrThrow("CCM-KZ").id();
		List<Map<String, Object>> hidden = this.jdbc
			.sql("select id, record_type, title from search_entry where mechanism_id = ? and audience <> 'PUBLIC'")
			.param(tj)
			.query()
			.listOfRows();
		Set<String> kinds = hidden.stream().map((r) -> (String) r.get("record_type")).collect(Collectors.toSet());
		assertThat(kinds).contains("meeting", "agenda_item", "decision", "minutes", "action", "issue", "recommendation",
				"policy_change", "programme", "data_set");
		Viewer tajik = viewer("secretariat.tj");
		Viewer kazakh = viewer("secretariat.kz");
		Set<UUID> hiddenIds = hidden.stream().map((r) -> (UUID) r.get("id")).collect(Collectors.toSet());
		Set<String> checked = new HashSet<>();
		for (Map<String, Object> row : hidden) {
			String type = (String) row.get("record_type");
			String words = firstWords(
					org.hamkori.shared.jdbc.LocalizedTextColumns.parse((String) row.get("title")).in(Locale.ENGLISH));
			if (!checked.add(type) || words.isBlank()) {
				continue;
			}
			// the words do find the record for its own mechanism...
			assertThat(ids(find(words, tajik))).as(type + " " + words).contains((UUID) row.get("id"));
			// ...and nothing hidden for another country: neither shown nor counted
			Search.Results theirs = this.search.find(words, kazakh, null, null, null, null, Locale.ENGLISH);
			assertThat(ids(theirs.items())).as(type + " " + words).doesNotContainAnyElementsOf(hiddenIds);
			assertThat(theirs.items())
				.allSatisfy((i) -> assertThat(i.mechanismId() == null || i.mechanismId().equals(kz) || isPublic(i.id()))
					.as(i.type() + " " + i.title())
					.isTrue());
			assertThat(theirs.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(theirs.total());
		}
		assertThat(checked).containsAll(kinds);
	}

	@Test
	void everyFormAndPlanOfTheCandidateQueryFindsTheSameRecords() {
		List<Viewer> viewers = List.of(viewer("secretariat.tj"), viewer("regional"), Viewer.anonymous());
		List<Filter> filters = List.of(Filter.none(), new Filter(Set.of("meeting", "issue"), null, null, null));
		int compared = 0;
		for (String q : List.of("сборы мигрантов", "Душанбе", "Dushanbe", "migration", "миг", "Toshkent",
				"протокол заседания", "трудовых мигрантов")) {
			List<Set<String>> words = Terms.get().query(q);
			for (Viewer viewer : viewers) {
				for (Filter filter : filters) {
					List<UUID> union = candidates(SearchIndex.candidateQuery(words,
							Collections.nCopies(words.size(), Form.UNION_ALL), viewer, filter));
					List<UUID> or = candidates(SearchIndex.candidateQuery(words,
							Collections.nCopies(words.size(), Form.OR), viewer, filter));
					assertThat(union).as(q).isEqualTo(or);
					assertThat(this.index.candidates(words, viewer, filter)).extracting(Candidate::id)
						.as(q)
						.isEqualTo(union);
					// on PostgreSQL the terms tsvector, by either plan, finds what the
					// term table finds
					for (SearchIndex.Plan plan : SearchIndex.Plan.values()) {
						assertThat(this.index.candidates(words, viewer, filter, plan)).extracting(Candidate::id)
							.as(q + " " + plan)
							.isEqualTo(union);
					}
					compared += union.size();
				}
			}
		}
		assertThat(compared).isGreaterThan(50);
		// a word is looked up by several terms (its stem and its Latin spelling)
		assertThat(Terms.get().query("Душанбе").get(0)).hasSizeGreaterThan(1);
	}

	@Test
	void anonymousFindsOnlyPublicRecords() {
		Search.Results found = this.search.find("migration", Viewer.anonymous(), null, null, null, null,
				Locale.ENGLISH);
		assertThat(found.items()).isNotEmpty().allSatisfy((i) -> assertThat(isPublic(i.id())).isTrue());
	}

	@Test
	void secretariatOfKazakhstanDoesNotFindTheMembersOnlyIssueOfUzbekistan() {
		String title = "Сборы с мигрантов за трудоустройство посредниками";
		UUID uzIssue = this.jdbc.sql("select id from issue where title like ?")
			.param("%" + title + "%")
			.query(UUID.class)
			.single();
		assertThat(ids(find(title, viewer("secretariat.uz")))).contains(uzIssue);
		Search.Results kazakh = this.search.find(title, viewer("secretariat.kz"), null, null, null, null,
				Locale.forLanguageTag("ru"));
		assertThat(ids(kazakh.items())).doesNotContain(uzIssue);
		assertThat(kazakh.items()).noneMatch((i) -> i.title().contains("Сборы"));
		assertThat(kazakh.counts()).doesNotContainKey("issue");
	}

	@Test
	void theRegionalMechanismFindsExactlyWhatWasEscalated() {
		Viewer regional = viewer("regional");
		UUID rcm = this.directory.mechanismOrThrow("RCM").id();
		List<Map<String, Object>> national = this.jdbc.sql("""
				select i.id, i.title, (select count(*) from escalation e where e.issue_id = i.id) as escalated
				from issue i where i.mechanism_id <> ?""").param(rcm).query().listOfRows();
		assertThat(national).anyMatch((r) -> ((Number) r.get("escalated")).intValue() > 0)
			.anyMatch((r) -> ((Number) r.get("escalated")).intValue() == 0);
		for (Map<String, Object> row : national) {
			String words = firstWords(
					org.hamkori.shared.jdbc.LocalizedTextColumns.parse((String) row.get("title")).in(Locale.ENGLISH));
			boolean escalated = ((Number) row.get("escalated")).intValue() > 0;
			Set<UUID> found = ids(
					this.search.find(words, regional, Set.of("issue"), null, null, null, Locale.ENGLISH).items());
			assertThat(found.contains((UUID) row.get("id"))).as(words).isEqualTo(escalated);
		}
	}

	@Test
	void russianWordFormsMeet() {
		Viewer uzbek = viewer("secretariat.uz");
		for (String form : List.of("сборов", "сбор", "СБОРЫ", "мигранты")) {
			assertThat(find(form, uzbek)).as(form).anyMatch((i) -> i.title().startsWith("Сборы с мигрантов"));
		}
		assertThat(find("сборов", uzbek)).filteredOn((i) -> i.title().startsWith("Сборы с мигрантов"))
			.allSatisfy((i) -> assertThat(i.titleHtml()).contains("<mark>Сборы</mark>"));
	}

	@Test
	void cyrillicAndLatinSpellingsMeet() {
		Viewer tajik = viewer("secretariat.tj");
		assertThat(find("Душанбе", tajik)).anyMatch((i) -> i.type().equals("meeting"));
		assertThat(find("Dushanbe", tajik)).anyMatch((i) -> i.type().equals("meeting"));
		UUID uz = this.directory.mechanismOrThrow("CCM-UZ").id();
		Programme latin = programme(uz, "Migrant resource centre in Toshkent shahri");
		Programme cyrillic = programme(uz, "Центр для мигрантов в Тошкенте");
		this.indexer.reindex("programme", latin.id());
		this.indexer.reindex("programme", cyrillic.id());
		assertThat(ids(find("Тошкент", Viewer.anonymous()))).contains(latin.id(), cyrillic.id());
		assertThat(ids(find("Toshkent", Viewer.anonymous()))).contains(latin.id(), cyrillic.id());
		assertThat(ids(find("Ташкент", Viewer.anonymous()))).doesNotContain(latin.id());
	}

	@Test
	void documentsAreFoundByTheirFullText() throws Exception {
		Viewer tajik = viewer("secretariat.tj");
		UUID tj = this.directory.mechanismOrThrow("CCM-TJ").id();
		StoredDocument pdf = this.documents.upload(new DocumentOwner("meeting", UUID.randomUUID()), tj,
				Visibility.MEMBERS, Set.of(), "hisobot.pdf", -1,
				new ByteArrayInputStream(pdf("Ҳисоботи солона дар бораи муҳоҷирати меҳнатӣ ва интиқоли пул")), tajik);
		StoredDocument docx = this.documents.upload(new DocumentOwner("meeting", UUID.randomUUID()), tj,
				Visibility.MEMBERS, Set.of(), "otchet.docx", -1,
				new ByteArrayInputStream(docx("Справка о денежных переводах трудовых мигрантов")), tajik);
		StoredDocument txt = this.documents.upload(new DocumentOwner("meeting", UUID.randomUUID()), tj,
				Visibility.MEMBERS, Set.of(), "zametki.txt", -1,
				new ByteArrayInputStream("Заметки о сборах за наём работников".getBytes(StandardCharsets.UTF_8)),
				tajik);
		this.indexer.reindex("document", pdf.id());
		this.indexer.reindex("document", docx.id());
		this.indexer.reindex("document", txt.id());
		assertThat(ids(find("сбор работников", tajik))).contains(txt.id());
		assertThat(ids(find("муҳоҷирати меҳнатӣ", tajik))).contains(pdf.id());
		assertThat(ids(find("переводы мигрантам", tajik))).contains(docx.id());
		assertThat(ids(find("переводы мигрантам", viewer("secretariat.kz")))).doesNotContain(docx.id());
		assertThat(find("интиқоли", tajik)).filteredOn((i) -> i.id().equals(pdf.id()))
			.allSatisfy((i) -> assertThat(i.excerptHtml()).contains("<mark>интиқоли</mark>"));
	}

	private Programme programme(UUID mechanism, String title) {
		UUID implementer = this.jdbc.sql("select id from organisation order by id fetch first 1 rows only")
			.query(UUID.class)
			.single();
		return this.programmes.createForDemo(mechanism,
				new ProgrammeDetails(implementer, null, LocalizedText.of("en", title), null,
						java.time.LocalDate.of(2025, 1, 1), null, EnumSet.of(ProgrammeTheme.values()[0]), null,
						BudgetBand.UNKNOWN, null, null, Visibility.PUBLIC));
	}

	private static byte[] pdf(String text) throws Exception {
		try (PDDocument document = new PDDocument();
				InputStream font = SearchIsolationTests.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDType0Font dejaVu = PDType0Font.load(document, font);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(dejaVu, 12);
				content.newLineAtOffset(50, 700);
				content.showText(text);
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] docx(String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText(text);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
	}

	private List<Item> find(String q, Viewer viewer) {
		return this.search.find(q, viewer, null, null, null, null, Locale.forLanguageTag("ru")).items();
	}

	private List<UUID> candidates(SearchIndex.Sql query) {
		return this.jdbc.sql(query.sql()).params(query.args()).query((rs, n) -> rs.getObject("id", UUID.class)).list();
	}

	private boolean isPublic(UUID id) {
		return "PUBLIC".equals(
				this.jdbc.sql("select audience from search_entry where id = ?").param(id).query(String.class).single());
	}

	private static Set<UUID> ids(Collection<Item> items) {
		return items.stream().map(Item::id).collect(Collectors.toSet());
	}

	private static String firstWords(String title) {
		return Terms.words(title).stream().filter((w) -> w.length() > 3).limit(3).collect(Collectors.joining(" "));
	}

	private Viewer viewer(String username) {
		return new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets).viewer(username);
	}

}
