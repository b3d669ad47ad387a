package org.hamkori.analytics;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * Writes an SDMX-ML 3.0 Structure message: the dataflows asked for and, as the query's
 * {@code references} asks, their data structures, the concept scheme and the code lists.
 * Names are given in every language the catalogue has them in. Valid against the official
 * SDMX-ML 3.0.0 schemas (tested).
 */
@Component
public class SdmxStructures {

	static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message";

	static final String STRUCTURE = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/structure";

	static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common";

	static final String XML = "http://www.w3.org/XML/1998/namespace";

	/** What a query asks for beyond the artefacts themselves. */
	public enum Detail {

		/** The artefacts alone. */
		NONE,
		/** Dataflows with their data structures. */
		CHILDREN,
		/** Everything down to the code lists. */
		DESCENDANTS

	}

	/**
	 * A message and where its header ends (the rest is the same for the same content).
	 */
	public record Message(byte[] body, int headerEnd) {
	}

	private final SdmxFlows flows;

	private final Clock clock;

	SdmxStructures(SdmxFlows flows, Clock clock) {
		this.flows = flows;
		this.clock = clock;
	}

	/**
	 * The message for some dataflows.
	 * @param flows the dataflows asked for
	 * @param detail how far to follow their references
	 */
	public Message write(List<SdmxFlows.Flow> flows, Detail detail) {
		return write(flows, detail, Set.of("dataflow"));
	}

	/**
	 * The message for some flows, giving of the artefacts the types named
	 * ({@code dataflow}, {@code datastructure}, {@code conceptscheme}, {@code codelist}).
	 */
	public Message write(List<SdmxFlows.Flow> flows, Detail detail, Set<String> asked) {
		Set<String> types = new LinkedHashSet<>(asked);
		if (detail != Detail.NONE && types.contains("dataflow")) {
			types.add("datastructure");
		}
		// a data structure's children are its concepts and code lists
		boolean structureChildren = detail == Detail.CHILDREN && !asked.contains("dataflow");
		if ((detail == Detail.DESCENDANTS || structureChildren) && types.contains("datastructure")) {
			types.add("conceptscheme");
			types.add("codelist");
		}
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setPrefix("mes", MESSAGE);
			xml.setPrefix("str", STRUCTURE);
			xml.setPrefix("com", COMMON);
			xml.writeStartElement(MESSAGE, "Structure");
			xml.writeNamespace("mes", MESSAGE);
			xml.writeNamespace("str", STRUCTURE);
			xml.writeNamespace("com", COMMON);
			header(xml);
			xml.flush();
			int headerEnd = bytes.size();
			xml.writeStartElement(MESSAGE, "Structures");
			if (types.contains("codelist")) {
				codeLists(xml, flows);
			}
			if (types.contains("conceptscheme")) {
				concepts(xml);
			}
			if (types.contains("dataflow")) {
				dataflows(xml, flows);
			}
			if (types.contains("datastructure")) {
				structures(xml, flows);
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return new Message(bytes.toByteArray(), headerEnd);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the structure message", ex);
		}
	}

	private void header(XMLStreamWriter xml) throws XMLStreamException {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		xml.writeStartElement(MESSAGE, "Header");
		element(xml, MESSAGE, "ID", "HAMKORI_STRUCTURE_" + now.getEpochSecond());
		element(xml, MESSAGE, "Test", "false");
		element(xml, MESSAGE, "Prepared", now.toString());
		xml.writeEmptyElement(MESSAGE, "Sender");
		xml.writeAttribute("id", SdmxFlows.AGENCY);
		xml.writeEndElement();
	}

	private void codeLists(XMLStreamWriter xml, List<SdmxFlows.Flow> flows) throws XMLStreamException {
		xml.writeStartElement(STRUCTURE, "Codelists");
		for (SdmxFlows.CodeList list : this.flows.codeLists(flows)) {
			maintainable(xml, "Codelist", list.id(), list.name());
			for (IndicatorCatalogue.Code code : list.codes()) {
				xml.writeStartElement(STRUCTURE, "Code");
				xml.writeAttribute("id", code.code());
				names(xml, code.name(), code.code());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void concepts(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement(STRUCTURE, "ConceptSchemes");
		maintainable(xml, "ConceptScheme", SdmxFlows.CONCEPTS,
				LocalizedText.of(Map.of("en", "Hamkori concepts", "ru", "Понятия Hamkori")));
		for (Map.Entry<String, LocalizedText> concept : this.flows.concepts().entrySet()) {
			xml.writeStartElement(STRUCTURE, "Concept");
			xml.writeAttribute("id", concept.getKey());
			names(xml, concept.getValue(), concept.getKey());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private void dataflows(XMLStreamWriter xml, List<SdmxFlows.Flow> flows) throws XMLStreamException {
		xml.writeStartElement(STRUCTURE, "Dataflows");
		for (SdmxFlows.Flow flow : flows) {
			maintainable(xml, "Dataflow", flow.id(), flow.indicator().name());
			element(xml, STRUCTURE, "Structure", urn("datastructure.DataStructure", flow.structure()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void structures(XMLStreamWriter xml, List<SdmxFlows.Flow> flows) throws XMLStreamException {
		xml.writeStartElement(STRUCTURE, "DataStructures");
		for (SdmxFlows.Flow flow : flows) {
			maintainable(xml, "DataStructure", flow.structure(), flow.indicator().name());
			xml.writeStartElement(STRUCTURE, "DataStructureComponents");
			xml.writeStartElement(STRUCTURE, "DimensionList");
			xml.writeAttribute("id", "DimensionDescriptor");
			int position = 1;
			for (String dimension : flow.dimensions()) {
				xml.writeStartElement(STRUCTURE, "Dimension");
				xml.writeAttribute("id", dimension);
				xml.writeAttribute("position", Integer.toString(position++));
				concept(xml, dimension);
				xml.writeStartElement(STRUCTURE, "LocalRepresentation");
				if (dimension.equals(SdmxFlows.DATA_SET)) {
					textFormat(xml, "String", "40");
				}
				else {
					element(xml, STRUCTURE, "Enumeration", codeList(SdmxFlows.codeListOf(dimension)));
				}
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeStartElement(STRUCTURE, "TimeDimension");
			xml.writeAttribute("id", SdmxFlows.TIME_PERIOD);
			concept(xml, SdmxFlows.TIME_PERIOD);
			xml.writeStartElement(STRUCTURE, "LocalRepresentation");
			textFormat(xml, "ObservationalTimePeriod", null);
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement(STRUCTURE, "AttributeList");
			xml.writeAttribute("id", "AttributeDescriptor");
			attribute(xml, SdmxFlows.UNIT_MEASURE, "mandatory", codeList("CL_UNIT"), null);
			attribute(xml, SdmxFlows.UNIT_MULT, "mandatory", null, "Integer");
			attribute(xml, SdmxFlows.OBS_STATUS, "mandatory", codeList("CL_OBS_STATUS"), null);
			xml.writeEndElement();
			xml.writeStartElement(STRUCTURE, "MeasureList");
			xml.writeAttribute("id", "MeasureDescriptor");
			xml.writeStartElement(STRUCTURE, "Measure");
			xml.writeAttribute("id", SdmxFlows.OBS_VALUE);
			xml.writeAttribute("usage", "mandatory");
			concept(xml, SdmxFlows.OBS_VALUE);
			xml.writeStartElement(STRUCTURE, "LocalRepresentation");
			textFormat(xml, "Decimal", null);
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void attribute(XMLStreamWriter xml, String id, String usage, String enumeration, String textType)
			throws XMLStreamException {
		xml.writeStartElement(STRUCTURE, "Attribute");
		xml.writeAttribute("id", id);
		xml.writeAttribute("usage", usage);
		concept(xml, id);
		xml.writeStartElement(STRUCTURE, "LocalRepresentation");
		if (enumeration != null) {
			element(xml, STRUCTURE, "Enumeration", enumeration);
		}
		else {
			textFormat(xml, textType, null);
		}
		xml.writeEndElement();
		xml.writeStartElement(STRUCTURE, "AttributeRelationship");
		xml.writeEmptyElement(STRUCTURE, "Observation");
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void textFormat(XMLStreamWriter xml, String type, String maxLength) throws XMLStreamException {
		xml.writeEmptyElement(STRUCTURE, "TextFormat");
		xml.writeAttribute("textType", type);
		if (maxLength != null) {
			xml.writeAttribute("maxLength", maxLength);
		}
	}

	private static void concept(XMLStreamWriter xml, String id) throws XMLStreamException {
		element(xml, STRUCTURE, "ConceptIdentity", "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept="
				+ SdmxFlows.AGENCY + ":" + SdmxFlows.CONCEPTS + "(" + SdmxFlows.VERSION + ")." + id);
	}

	private static String codeList(String id) {
		return urn("codelist.Codelist", id);
	}

	static String urn(String type, String id) {
		return "urn:sdmx:org.sdmx.infomodel." + type + "=" + SdmxFlows.AGENCY + ":" + id + "(" + SdmxFlows.VERSION
				+ ")";
	}

	private static void maintainable(XMLStreamWriter xml, String element, String id, LocalizedText name)
			throws XMLStreamException {
		xml.writeStartElement(STRUCTURE, element);
		xml.writeAttribute("id", id);
		xml.writeAttribute("agencyID", SdmxFlows.AGENCY);
		xml.writeAttribute("version", SdmxFlows.VERSION);
		names(xml, name, id);
	}

	/** The names in each language, English first; the id when there is none. */
	private static void names(XMLStreamWriter xml, LocalizedText name, String fallback) throws XMLStreamException {
		List<Map.Entry<String, String>> names = new ArrayList<>();
		if (name != null) {
			name.values()
				.entrySet()
				.stream()
				.filter((e) -> e.getValue() != null && !e.getValue().isBlank())
				.sorted(Map.Entry.comparingByKey((a, b) -> a.equals("en") ? -1 : b.equals("en") ? 1 : a.compareTo(b)))
				.forEach(names::add);
		}
		if (names.isEmpty()) {
			names.add(Map.entry("en", fallback));
		}
		for (Map.Entry<String, String> entry : names) {
			xml.writeStartElement(COMMON, "Name");
			xml.writeAttribute("xml", XML, "lang", entry.getKey());
			xml.writeCharacters(entry.getValue());
			xml.writeEndElement();
		}
	}

	private static void element(XMLStreamWriter xml, String namespace, String name, String text)
			throws XMLStreamException {
		xml.writeStartElement(namespace, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
