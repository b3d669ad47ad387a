package org.hamkori.results;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Organisation;
import org.hamkori.directory.OrganisationType;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeStatus;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes as IATI 2.03 activities (decision 0035): one {@code iati-activity} per
 * programme with its identifier, reporting and participating organisations, status,
 * dates, recipient country (or the Central Asia region), sector and its results framework
 * as {@code result} elements whose targets and actuals per year and area are exactly the
 * results table's. Codes are those of the IATI codelists. A programme reaches the export
 * only through the one visibility rule: the published file holds public programmes alone,
 * read as an anonymous visitor reads them.
 */
@Service
@Transactional(readOnly = true)
public class IatiActivities {

	static final String VERSION = "2.03";

	/** The dimension that says which area (a country, or the region) a value is for. */
	static final String AREA_DIMENSION = "area";

	private static final Set<String> PERCENT_UNITS = Set.of("%", "percent", "percentage", "per cent", "процент",
			"проценты", "доля");

	private final ProgrammeRegister register;

	private final Directory directory;

	private final ResultsFramework framework;

	private final ResultsTable table;

	private final ActivityRepository workplan;

	private final IatiSettings settings;

	private final Clock clock;

	IatiActivities(ProgrammeRegister register, Directory directory, ResultsFramework framework, ResultsTable table,
			ActivityRepository workplan, IatiSettings settings, Clock clock) {
		this.register = register;
		this.workplan = workplan;
		this.directory = directory;
		this.framework = framework;
		this.table = table;
		this.settings = settings;
		this.clock = clock;
	}

	/** One programme the viewer may see, as an activity file; 404 otherwise. */
	public byte[] of(UUID programmeId, Viewer viewer) {
		Programme programme = this.register.visible(programmeId, viewer);
		return write(List.of(programme), viewer);
	}

	/**
	 * Every public programme, as anyone without an account sees it; empty when there is
	 * none, as the 2.03 schema wants at least one {@code iati-activity} in a file and an
	 * empty {@code iati-activities} would not validate.
	 */
	public Optional<byte[]> published() {
		Viewer anonymous = Viewer.anonymous();
		List<Programme> programmes = new ArrayList<>();
		for (Mechanism mechanism : this.directory.mechanisms()) {
			this.register.ofMechanism(mechanism.id(), anonymous)
				.stream()
				.filter((p) -> p.visibility() == Visibility.PUBLIC)
				.forEach(programmes::add);
		}
		if (programmes.isEmpty()) {
			return Optional.empty();
		}
		programmes.sort(Comparator.comparing(Programme::startDate).thenComparing(Programme::id));
		return Optional.of(write(programmes, anonymous));
	}

	/** The activity identifier: the reporting organisation's, then the programme's. */
	public String identifier(UUID programmeId) {
		return this.settings.reportingOrgRef() + "-" + programmeId;
	}

	/**
	 * The identifier of a regional programme's part in one country: the programme's, then
	 * the country's ISO 3166-1 alpha-2 code.
	 */
	public String identifier(UUID programmeId, String country) {
		return identifier(programmeId) + "-" + country;
	}

	private byte[] write(List<Programme> programmes, Viewer viewer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("iati-activities");
			xml.writeAttribute("version", VERSION);
			xml.writeAttribute("generated-datetime", dateTime(this.clock.instant()));
			Map<UUID, Mechanism> mechanisms = this.directory.mechanismsById();
			Map<UUID, Organisation> organisations = this.directory.organisationsById();
			LocalDate today = this.register.today();
			for (Programme programme : programmes) {
				Mechanism mechanism = mechanisms.get(programme.mechanismId());
				List<Activity> activities = this.workplan.findByProgrammeIdOrderByStartDateAscCodeAsc(programme.id());
				boolean regional = mechanism == null || mechanism.regional() || mechanism.countryCode() == null;
				Map<String, List<Activity>> countries = regional ? byCountry(activities) : Map.of();
				List<Activity> own = regional ? activities.stream().filter((a) -> Area.isRegion(a.area())).toList()
						: activities;
				activity(xml, programme, mechanism, organisations, today, viewer, own, countries.keySet());
				for (Map.Entry<String, List<Activity>> country : countries.entrySet()) {
					child(xml, programme, country.getKey(), country.getValue(), organisations, today);
				}
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the IATI activities", ex);
		}
		return out.toByteArray();
	}

	/**
	 * The workplan activities of a regional programme in each country, by country code:
	 * each country becomes a child activity of the programme.
	 */
	private static Map<String, List<Activity>> byCountry(List<Activity> activities) {
		Map<String, List<Activity>> countries = new TreeMap<>();
		for (Activity activity : activities) {
			if (!Area.isRegion(activity.area())) {
				countries.computeIfAbsent(activity.area().toUpperCase(Locale.ROOT), (c) -> new ArrayList<>())
					.add(activity);
			}
		}
		return countries;
	}

	private void activity(XMLStreamWriter xml, Programme programme, Mechanism mechanism,
			Map<UUID, Organisation> organisations, LocalDate today, Viewer viewer, List<Activity> own,
			Set<String> children) throws XMLStreamException {
		start(xml, programme.updatedAt(), "1", identifier(programme.id()));

		xml.writeStartElement("title");
		narratives(xml, programme.title());
		xml.writeEndElement();
		xml.writeStartElement("description");
		xml.writeAttribute("type", "1");
		if (programme.description() != null) {
			narrative(xml, null, programme.description());
		}
		else {
			narratives(xml, programme.title());
		}
		xml.writeEndElement();

		participants(xml, programme, organisations);

		empty(xml, "activity-status", "code", status(programme, today));
		if (programme.startDate() != null) {
			date(xml, programme.startDate().isAfter(today) ? "1" : "2", programme.startDate());
		}
		if (programme.endDate() != null) {
			date(xml, programme.endDate().isBefore(today) ? "4" : "3", programme.endDate());
		}
		boolean regional = mechanism == null || mechanism.regional() || mechanism.countryCode() == null;
		empty(xml, "activity-scope", "code", regional ? "2" : "4");
		if (regional) {
			xml.writeEmptyElement("recipient-region");
			xml.writeAttribute("code", this.settings.region());
			xml.writeAttribute("vocabulary", "1");
			xml.writeAttribute("percentage", "100");
		}
		else {
			xml.writeEmptyElement("recipient-country");
			xml.writeAttribute("code", mechanism.countryCode().toUpperCase(Locale.ROOT));
			xml.writeAttribute("percentage", "100");
		}
		sector(xml);
		budgets(xml, own);
		for (String country : children) {
			related(xml, "2", identifier(programme.id(), country));
		}
		results(xml, programme, viewer);
		xml.writeEndElement();
	}

	/**
	 * A regional programme's part in one country (hierarchy 2): its workplan activities
	 * there, their period, status and budget, and the programme as its parent. The
	 * results framework stays with the programme, whose values name their country.
	 */
	private void child(XMLStreamWriter xml, Programme programme, String country, List<Activity> activities,
			Map<UUID, Organisation> organisations, LocalDate today) throws XMLStreamException {
		start(xml, programme.updatedAt(), "2", identifier(programme.id(), country));
		xml.writeStartElement("title");
		for (Map.Entry<String, String> title : ordered(programme.title()).entrySet()) {
			narrative(xml, title.getKey(), title.getValue() + " — " + countryName(country, title.getKey()));
		}
		xml.writeEndElement();
		xml.writeStartElement("description");
		xml.writeAttribute("type", "1");
		narrative(xml, null, "The programme's activities in " + countryName(country, "en") + ".");
		xml.writeEndElement();
		participants(xml, programme, organisations);
		// a country whose every activity was cancelled is a cancelled activity (code 5);
		// otherwise the cancelled ones do not stretch its dates
		List<Activity> held = activities.stream().filter((a) -> a.status() != ActivityStatus.CANCELLED).toList();
		boolean cancelled = held.isEmpty();
		List<Activity> dated = cancelled ? activities : held;
		LocalDate start = dated.stream().map(Activity::startDate).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate end = dated.stream().map(Activity::endDate).max(Comparator.naturalOrder()).orElseThrow();
		empty(xml, "activity-status", "code", cancelled ? "5" : status(ProgrammeStatus.of(start, end, today)));
		date(xml, start.isAfter(today) ? "1" : "2", start);
		date(xml, end.isBefore(today) ? "4" : "3", end);
		empty(xml, "activity-scope", "code", "4");
		xml.writeEmptyElement("recipient-country");
		xml.writeAttribute("code", country);
		xml.writeAttribute("percentage", "100");
		sector(xml);
		budgets(xml, activities);
		related(xml, "1", identifier(programme.id()));
		xml.writeEndElement();
	}

	/** The opening of an activity, down to its reporting organisation. */
	private void start(XMLStreamWriter xml, Instant updatedAt, String hierarchy, String identifier)
			throws XMLStreamException {
		xml.writeStartElement("iati-activity");
		xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
		if (updatedAt != null) {
			xml.writeAttribute("last-updated-datetime", dateTime(updatedAt));
		}
		xml.writeAttribute("hierarchy", hierarchy);
		element(xml, "iati-identifier", identifier);
		xml.writeStartElement("reporting-org");
		xml.writeAttribute("ref", this.settings.reportingOrgRef());
		xml.writeAttribute("type", "40");
		narrative(xml, null, this.settings.reportingOrgName());
		xml.writeEndElement();
	}

	private void sector(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEmptyElement("sector");
		xml.writeAttribute("vocabulary", "1");
		xml.writeAttribute("code", this.settings.sector());
		xml.writeAttribute("percentage", "100");
	}

	/**
	 * One budget per calendar year and currency of the workplan activities (see
	 * {@link BudgetYears}): IATI BudgetType 1 original and BudgetStatus 1 indicative, as
	 * a workplan plans and does not commit; the value dated the period's first day.
	 */
	private static void budgets(XMLStreamWriter xml, List<Activity> activities) throws XMLStreamException {
		for (Map.Entry<Integer, SortedMap<String, BigDecimal>> year : BudgetYears.of(activities).entrySet()) {
			LocalDate first = LocalDate.of(year.getKey(), 1, 1);
			for (Map.Entry<String, BigDecimal> amount : year.getValue().entrySet()) {
				xml.writeStartElement("budget");
				xml.writeAttribute("type", "1");
				xml.writeAttribute("status", "1");
				empty(xml, "period-start", "iso-date", first.toString());
				empty(xml, "period-end", "iso-date", LocalDate.of(year.getKey(), 12, 31).toString());
				xml.writeStartElement("value");
				xml.writeAttribute("currency", amount.getKey());
				xml.writeAttribute("value-date", first.toString());
				xml.writeCharacters(amount.getValue().toPlainString());
				xml.writeEndElement();
				xml.writeEndElement();
			}
		}
	}

	/** IATI RelatedActivityType: 1 parent, 2 child. */
	private static void related(XMLStreamWriter xml, String type, String ref) throws XMLStreamException {
		xml.writeEmptyElement("related-activity");
		xml.writeAttribute("ref", ref);
		xml.writeAttribute("type", type);
	}

	private static String countryName(String country, String language) {
		return new Locale("", country).getDisplayCountry(Locale.forLanguageTag(language));
	}

	/**
	 * The funder and IOM, always; then the programme's own implementer and donor from the
	 * directory when they are other organisations.
	 */
	private void participants(XMLStreamWriter xml, Programme programme, Map<UUID, Organisation> organisations)
			throws XMLStreamException {
		participant(xml, "1", this.settings.fundingOrgRef(), "10",
				LocalizedText.of("en", this.settings.fundingOrgName()));
		participant(xml, "4", this.settings.reportingOrgRef(), "40",
				LocalizedText.of("en", this.settings.reportingOrgName()));
		Organisation implementer = organisations.get(programme.implementerId());
		if (implementer != null && !"IOM".equalsIgnoreCase(implementer.acronym())) {
			participant(xml, "4", null, organisationType(implementer.type()), implementer.name());
		}
		Organisation donor = (programme.donorId() != null) ? organisations.get(programme.donorId()) : null;
		if (donor != null && !"SDC".equalsIgnoreCase(donor.acronym())) {
			participant(xml, "1", null, organisationType(donor.type()), donor.name());
		}
	}

	private void participant(XMLStreamWriter xml, String role, String ref, String type, LocalizedText name)
			throws XMLStreamException {
		xml.writeStartElement("participating-org");
		if (ref != null) {
			xml.writeAttribute("ref", ref);
		}
		xml.writeAttribute("role", role);
		if (type != null) {
			xml.writeAttribute("type", type);
		}
		narratives(xml, name);
		xml.writeEndElement();
	}

	private void results(XMLStreamWriter xml, Programme programme, Viewer viewer) throws XMLStreamException {
		List<ResultLevel> levels = this.framework.levels(programme.id(), viewer);
		List<ResultIndicator> indicators = this.framework.indicators(programme.id(), viewer);
		Set<Integer> years = new TreeSet<>();
		for (ResultIndicator indicator : indicators) {
			indicator.targets().forEach((t) -> years.add(t.year()));
			indicator.actuals().forEach((a) -> years.add(a.resultPeriod().year()));
		}
		Map<Integer, ResultsTable.Table> tables = new TreeMap<>();
		years.forEach((year) -> tables.put(year, this.table.of(programme.id(), year, viewer)));
		for (ResultLevel level : ResultsTable.treeOrder(levels)) {
			List<ResultIndicator> ofLevel = indicators.stream().filter((i) -> i.levelId().equals(level.id())).toList();
			if (ofLevel.isEmpty()) {
				// IATI wants at least one indicator per result
				continue;
			}
			xml.writeStartElement("result");
			xml.writeAttribute("type", resultType(level.kind()));
			xml.writeStartElement("title");
			narratives(xml, level.title());
			xml.writeEndElement();
			for (ResultIndicator indicator : ofLevel) {
				indicator(xml, indicator, tables);
			}
			xml.writeEndElement();
		}
	}

	private void indicator(XMLStreamWriter xml, ResultIndicator indicator, Map<Integer, ResultsTable.Table> tables)
			throws XMLStreamException {
		xml.writeStartElement("indicator");
		xml.writeAttribute("measure", measure(indicator.unit()));
		xml.writeStartElement("title");
		narratives(xml, indicator.name());
		xml.writeEndElement();
		if (indicator.baselineYear() != null) {
			xml.writeEmptyElement("baseline");
			xml.writeAttribute("year", String.valueOf(indicator.baselineYear()));
			xml.writeAttribute("iso-date", LocalDate.of(indicator.baselineYear(), 1, 1).toString());
			if (indicator.baselineValue() != null) {
				xml.writeAttribute("value", indicator.baselineValue().toPlainString());
			}
		}
		for (Map.Entry<Integer, ResultsTable.Table> entry : tables.entrySet()) {
			List<ResultsTable.Row> rows = rows(entry.getValue(), indicator.id());
			if (rows.stream().allMatch((r) -> r.target() == null && r.actual() == null)) {
				continue;
			}
			int year = entry.getKey();
			xml.writeStartElement("period");
			empty(xml, "period-start", "iso-date", LocalDate.of(year, 1, 1).toString());
			empty(xml, "period-end", "iso-date", LocalDate.of(year, 12, 31).toString());
			for (ResultsTable.Row row : rows) {
				value(xml, "target", row.target(), row.area());
			}
			for (ResultsTable.Row row : rows) {
				value(xml, "actual", row.actual(), row.area());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static List<ResultsTable.Row> rows(ResultsTable.Table table, UUID indicatorId) {
		return table.levels()
			.stream()
			.flatMap((l) -> l.indicators().stream())
			.filter((i) -> i.indicator().id().equals(indicatorId))
			.flatMap((i) -> i.rows().stream())
			.toList();
	}

	private static void value(XMLStreamWriter xml, String name, BigDecimal value, String area)
			throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement(name);
		xml.writeAttribute("value", value.toPlainString());
		xml.writeEmptyElement("dimension");
		xml.writeAttribute("name", AREA_DIMENSION);
		xml.writeAttribute("value", area);
		xml.writeEndElement();
	}

	/**
	 * IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation (5 cancelled: see
	 * child).
	 */
	static String status(Programme programme, LocalDate today) {
		return status(programme.status(today));
	}

	static String status(ProgrammeStatus status) {
		return switch (status) {
			case PLANNED -> "1";
			case RUNNING -> "2";
			case ENDED -> "3";
		};
	}

	/** IATI ResultType: 1 output, 2 outcome, 3 impact. */
	static String resultType(ResultKind kind) {
		return switch (kind) {
			case OUTPUT -> "1";
			case OUTCOME -> "2";
			case IMPACT -> "3";
		};
	}

	/** IATI IndicatorMeasure: 2 percentage for a unit in percent, else 1 unit. */
	static String measure(String unit) {
		return (unit != null && PERCENT_UNITS.contains(unit.strip().toLowerCase(Locale.ROOT))) ? "2" : "1";
	}

	/** IATI OrganisationType for the directory's kinds of institution. */
	static String organisationType(OrganisationType type) {
		if (type == null) {
			return null;
		}
		return switch (type) {
			case MINISTRY, GOVERNMENT_AGENCY, STATISTICS_OFFICE, PUBLIC_EMPLOYMENT_AGENCY, DONOR -> "10";
			case CENTRAL_BANK -> "15";
			case EDUCATION_TRAINING, RESEARCH -> "80";
			case PRIVATE_EMPLOYMENT_AGENCY -> "70";
			case CIVIL_SOCIETY -> "22";
			case INTERNATIONAL_ORGANISATION -> "40";
			case SOCIAL_PARTNER -> "90";
		};
	}

	private static void date(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
		xml.writeEmptyElement("activity-date");
		xml.writeAttribute("type", type);
		xml.writeAttribute("iso-date", date.toString());
	}

	private static void narratives(XMLStreamWriter xml, LocalizedText text) throws XMLStreamException {
		for (Map.Entry<String, String> value : ordered(text).entrySet()) {
			narrative(xml, value.getKey(), value.getValue());
		}
	}

	/** A text's languages, English first. */
	private static Map<String, String> ordered(LocalizedText text) {
		Map<String, String> values = new TreeMap<>(
				Comparator.comparing((String l) -> !"en".equals(l)).thenComparing(Comparator.naturalOrder()));
		values.putAll(text.values());
		return values;
	}

	private static void narrative(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
		xml.writeStartElement("narrative");
		if (lang != null) {
			xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
		}
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void empty(XMLStreamWriter xml, String name, String attribute, String value)
			throws XMLStreamException {
		xml.writeEmptyElement(name);
		xml.writeAttribute(attribute, value);
	}

	private static String dateTime(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

}
