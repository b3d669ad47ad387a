package org.hamkori.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.Decimals;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observations of a dataflow the viewer may see ({@link ValueVisibility}, the one
 * rule of every analytics surface), selected by an {@link SdmxQuery}, and written as
 * SDMX-CSV 2.0 or SDMX-JSON 2.0. Values are written exactly as approved (decimals, never
 * floating point). A reference series' area is its own; a national one's is its
 * mechanism's country.
 */
@Service
@Transactional(readOnly = true)
public class SdmxData {

	/**
	 * One observation: its key (one code per dimension of the flow), period and value.
	 */
	public record Observation(List<String> key, String period, LocalDate start, BigDecimal value, Instant approvedAt) {
	}

	/** A data answer: its observations and the latest approval among them. */
	public record Result(SdmxFlows.Flow flow, List<Observation> observations, Instant lastModified) {
	}

	/** A written message and where its varying header ends. */
	public record Message(byte[] body, int headerEnd) {
	}

	private final JdbcClient jdbc;

	private final Directory directory;

	private final SdmxFlows flows;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	SdmxData(JdbcClient jdbc, Directory directory, SdmxFlows flows, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.flows = flows;
		this.clock = clock;
	}

	/**
	 * The observations of a flow matching a query that the viewer may see, in key and
	 * period order.
	 */
	public Result find(SdmxFlows.Flow flow, SdmxQuery query, Viewer viewer) {
		ValueVisibility.Condition visible = ValueVisibility.of(viewer, "pv");
		StringBuilder sql = new StringBuilder("""
				select pv.mechanism_id, pv.ref_area, pv.periodicity, pv.period, pv.period_start, pv.sex, pv.age,
				pv.counterpart_area, pv.activity, pv.occupation, pv.education, pv.migrant_category, pv.obs_value,
				pv.approved_at, ds.code, pv.obligation_id, org.acronym
				from published_value pv join data_set ds on ds.id = pv.data_set_id
				left join reporting_obligation ob on ob.id = pv.obligation_id
				left join organisation org on org.id = ob.organisation_id
				where pv.indicator = :indicator and\s""").append(visible.sql());
		Map<String, Object> parameters = new HashMap<>(visible.parameters());
		parameters.put("indicator", flow.code());
		if (query.updatedAfter() != null) {
			sql.append(" and pv.approved_at > :after");
			parameters.put("after", java.sql.Timestamp.from(query.updatedAfter()));
		}
		for (String dimension : Dimensions.CODES) {
			String column = Dimensions.column(dimension);
			if (!flow.dimensions().contains(dimension)) {
				// a breakdown the flow does not have: its totals only
				sql.append(" and pv.").append(column).append(" = '").append(Dimensions.TOTAL).append('\'');
			}
			else if (query.key().containsKey(dimension)) {
				sql.append(" and pv.").append(column).append(" in (:k_").append(column).append(')');
				parameters.put("k_" + column, List.copyOf(query.key().get(dimension)));
			}
		}
		Map<UUID, String> areas = new HashMap<>();
		for (Mechanism mechanism : this.directory.mechanisms()) {
			areas.put(mechanism.id(), this.flows.mechanismArea(mechanism));
		}
		record Row(UUID mechanism, String refArea, Periodicity periodicity, String period, LocalDate start,
				String[] codes, BigDecimal value, Instant approvedAt, String dataSet, UUID obligation,
				String reporter) {
		}
		List<Row> rows = this.jdbc.sql(sql.toString()).params(parameters).query((rs, n) -> {
			String[] codes = new String[Dimensions.CODES.size()];
			for (int i = 0; i < codes.length; i++) {
				codes[i] = rs.getString(6 + i);
			}
			return new Row(rs.getObject(1, UUID.class), rs.getString(2), Periodicity.valueOf(rs.getString(3)),
					rs.getString(4), rs.getObject(5, LocalDate.class), codes, Decimals.exact(rs.getBigDecimal(13)),
					PublishedCells.instant(rs, 14), rs.getString(15), rs.getObject(16, UUID.class), rs.getString(17));
		}).list();
		// a national data set several institutions report: each one's figures are a
		// series
		Map<String, Set<UUID>> obligations = new HashMap<>();
		rows.stream()
			.filter((r) -> r.obligation() != null)
			.forEach((r) -> obligations.computeIfAbsent(r.dataSet(), (k) -> new HashSet<>()).add(r.obligation()));
		List<Observation> observations = new ArrayList<>();
		Instant last = null;
		for (Row row : rows) {
			Period period = Period.of(row.period(), row.periodicity());
			Map<String, String> values = new LinkedHashMap<>();
			values.put(SdmxFlows.FREQ, SdmxFlows.FREQUENCIES.get(row.periodicity()));
			values.put(SdmxFlows.REF_AREA, (row.refArea() != null) ? row.refArea() : areas.get(row.mechanism()));
			for (int i = 0; i < Dimensions.CODES.size(); i++) {
				values.put(Dimensions.CODES.get(i), row.codes()[i]);
			}
			boolean shared = row.obligation() != null && obligations.get(row.dataSet()).size() > 1;
			values.put(SdmxFlows.DATA_SET, shared ? row.dataSet() + "-" + idOf(row.reporter()) : row.dataSet());
			List<String> key = new ArrayList<>();
			boolean accepted = true;
			for (String dimension : flow.dimensions()) {
				String code = values.get(dimension);
				key.add(code);
				accepted = accepted && query.accepts(dimension, code);
			}
			accepted = accepted && query.acceptsPeriod(period.code(), period.start(), period.end())
					&& query.accepts(SdmxFlows.OBS_VALUE, row.value().toPlainString())
					&& query.accepts(SdmxFlows.UNIT_MEASURE, flow.unit())
					&& query.accepts(SdmxFlows.UNIT_MULT, Integer.toString(flow.indicator().unitMultiplier()))
					&& query.accepts(SdmxFlows.OBS_STATUS, SdmxFlows.NORMAL);
			if (accepted) {
				observations.add(new Observation(List.copyOf(key), period.code(), period.start(), row.value(),
						row.approvedAt()));
				if (row.approvedAt() != null && (last == null || row.approvedAt().isAfter(last))) {
					last = row.approvedAt();
				}
			}
		}
		observations.sort(Comparator.comparing((Observation o) -> String.join("\u0000", o.key()))
			.thenComparing(Observation::start)
			.thenComparing(Observation::period));
		return new Result(flow, List.copyOf(observations), last);
	}

	private static String idOf(String acronym) {
		return (acronym != null) ? acronym.replaceAll("[^A-Za-z0-9_@$\\-]", "_") : "X";
	}

	/** The header of SDMX-CSV 2.0 for a flow. */
	static List<String> csvHeader(SdmxFlows.Flow flow) {
		List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
		header.addAll(flow.dimensions());
		header.add(SdmxFlows.TIME_PERIOD);
		header.add(SdmxFlows.OBS_VALUE);
		header.addAll(SdmxFlows.ATTRIBUTES);
		return header;
	}

	/** SDMX-CSV 2.0: one observation a line, codes as ids, values exact. */
	public byte[] csv(Result result) {
		SdmxFlows.Flow flow = result.flow();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(csvHeader(flow));
			String multiplier = Integer.toString(flow.indicator().unitMultiplier());
			for (Observation o : result.observations()) {
				List<String> cells = new ArrayList<>(List.of("dataflow", flow.reference(), "I"));
				cells.addAll(o.key());
				cells.add(o.period());
				cells.add(o.value().toPlainString());
				cells.add(flow.unit());
				cells.add(multiplier);
				cells.add(SdmxFlows.NORMAL);
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * SDMX-JSON 2.0: one structure and one data set; with {@code allDimensions} every
	 * dimension at observation level, otherwise series keyed by the dimensions and
	 * observations by TIME_PERIOD.
	 */
	public Message json(Result result, boolean allDimensions, String language) {
		SdmxFlows.Flow flow = result.flow();
		List<String> dimensions = flow.dimensions();
		// the values of each dimension in the message, in first-seen order
		List<List<String>> values = new ArrayList<>();
		dimensions.forEach((d) -> values.add(new ArrayList<>()));
		List<String> periods = new ArrayList<>();
		Map<String, Integer> periodIndex = new HashMap<>();
		List<Map<String, Integer>> index = new ArrayList<>();
		dimensions.forEach((d) -> index.add(new HashMap<>()));
		for (Observation o : result.observations()) {
			for (int i = 0; i < dimensions.size(); i++) {
				String code = o.key().get(i);
				List<String> seen = values.get(i);
				index.get(i).computeIfAbsent(code, (c) -> {
					seen.add(c);
					return seen.size() - 1;
				});
			}
			periodIndex.computeIfAbsent(o.period(), (p) -> {
				periods.add(p);
				return periods.size() - 1;
			});
		}
		Map<String, Map<String, LocalizedText>> names = new HashMap<>();
		for (SdmxFlows.CodeList list : this.flows.codeLists(List.of(flow))) {
			Map<String, LocalizedText> byCode = new HashMap<>();
			list.codes().forEach((c) -> byCode.put(c.code(), c.name()));
			names.put(list.id(), byCode);
		}
		Map<String, LocalizedText> concepts = this.flows.concepts();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int headerEnd;
		try (JsonGenerator out = this.json.createGenerator(bytes)) {
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
			out.writeStartObject();
			out.writeName("meta");
			out.writeStartObject();
			out.writeStringProperty("schema",
					"https://raw.githubusercontent.com/sdmx-twg/sdmx-json/v2.0.0/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json");
			out.writeStringProperty("id", "HAMKORI_DATA_" + now.getEpochSecond());
			out.writeBooleanProperty("test", false);
			out.writeStringProperty("prepared", now.toString());
			out.writeName("contentLanguages");
			out.writeStartArray();
			out.writeString(language);
			out.writeEndArray();
			out.writeName("sender");
			out.writeStartObject();
			out.writeStringProperty("id", SdmxFlows.AGENCY);
			out.writeEndObject();
			out.writeEndObject();
			out.flush();
			headerEnd = bytes.size();
			out.writeName("data");
			out.writeStartObject();
			out.writeName("structures");
			out.writeStartArray();
			out.writeStartObject();
			out.writeName("links");
			out.writeStartArray();
			link(out, SdmxStructures.urn("datastructure.Dataflow", flow.id()), "dataflow");
			link(out, SdmxStructures.urn("datastructure.DataStructure", flow.structure()), "datastructure");
			out.writeEndArray();
			out.writeName("dimensions");
			out.writeStartObject();
			emptyArray(out, "dataSet");
			out.writeName("series");
			out.writeStartArray();
			if (!allDimensions) {
				for (int i = 0; i < dimensions.size(); i++) {
					dimension(out, dimensions.get(i), i, values.get(i), concepts, names, language);
				}
			}
			out.writeEndArray();
			out.writeName("observation");
			out.writeStartArray();
			if (allDimensions) {
				for (int i = 0; i < dimensions.size(); i++) {
					dimension(out, dimensions.get(i), i, values.get(i), concepts, names, language);
				}
			}
			dimension(out, SdmxFlows.TIME_PERIOD, dimensions.size(), periods, concepts, names, language);
			out.writeEndArray();
			out.writeEndObject();
			out.writeName("measures");
			out.writeStartObject();
			out.writeName("observation");
			out.writeStartArray();
			out.writeStartObject();
			out.writeStringProperty("id", SdmxFlows.OBS_VALUE);
			out.writeStringProperty("name", name(concepts.get(SdmxFlows.OBS_VALUE), language, SdmxFlows.OBS_VALUE));
			out.writeEndObject();
			out.writeEndArray();
			out.writeEndObject();
			out.writeName("attributes");
			out.writeStartObject();
			emptyArray(out, "dataSet");
			emptyArray(out, "series");
			out.writeName("observation");
			out.writeStartArray();
			attribute(out, SdmxFlows.UNIT_MEASURE, flow.unit(), concepts, names.get("CL_UNIT"), language);
			attribute(out, SdmxFlows.UNIT_MULT, Integer.toString(flow.indicator().unitMultiplier()), concepts, null,
					language);
			attribute(out, SdmxFlows.OBS_STATUS, SdmxFlows.NORMAL, concepts, names.get("CL_OBS_STATUS"), language);
			out.writeEndArray();
			out.writeEndObject();
			out.writeEndObject();
			out.writeEndArray();
			out.writeName("dataSets");
			out.writeStartArray();
			out.writeStartObject();
			out.writeStringProperty("action", "Information");
			out.writeNumberProperty("structure", 0);
			if (allDimensions) {
				out.writeName("observations");
				out.writeStartObject();
				for (Observation o : result.observations()) {
					StringBuilder key = new StringBuilder();
					for (int i = 0; i < dimensions.size(); i++) {
						key.append(index.get(i).get(o.key().get(i))).append(':');
					}
					key.append(periodIndex.get(o.period()));
					out.writeName(key.toString());
					observation(out, o);
				}
				out.writeEndObject();
			}
			else {
				Map<String, List<Observation>> series = new LinkedHashMap<>();
				for (Observation o : result.observations()) {
					StringBuilder key = new StringBuilder();
					for (int i = 0; i < dimensions.size(); i++) {
						key.append((i > 0) ? ":" : "").append(index.get(i).get(o.key().get(i)));
					}
					series.computeIfAbsent(key.toString(), (k) -> new ArrayList<>()).add(o);
				}
				out.writeName("series");
				out.writeStartObject();
				for (Map.Entry<String, List<Observation>> entry : series.entrySet()) {
					out.writeName(entry.getKey());
					out.writeStartObject();
					out.writeName("observations");
					out.writeStartObject();
					for (Observation o : entry.getValue()) {
						out.writeName(Integer.toString(periodIndex.get(o.period())));
						observation(out, o);
					}
					out.writeEndObject();
					out.writeEndObject();
				}
				out.writeEndObject();
			}
			out.writeEndObject();
			out.writeEndArray();
			out.writeEndObject();
			out.writeEndObject();
		}
		return new Message(bytes.toByteArray(), headerEnd);
	}

	/**
	 * An observation: its exact value (a JSON number as written), then attribute indexes.
	 */
	private static void observation(JsonGenerator out, Observation o) {
		out.writeStartArray();
		out.writeNumber(o.value().toPlainString());
		out.writeNumber(0);
		out.writeNumber(0);
		out.writeNumber(0);
		out.writeEndArray();
	}

	private static void emptyArray(JsonGenerator out, String name) {
		out.writeName(name);
		out.writeStartArray();
		out.writeEndArray();
	}

	private static void link(JsonGenerator out, String urn, String rel) {
		out.writeStartObject();
		out.writeStringProperty("urn", urn);
		out.writeStringProperty("rel", rel);
		out.writeEndObject();
	}

	private void dimension(JsonGenerator out, String id, int position, List<String> codes,
			Map<String, LocalizedText> concepts, Map<String, Map<String, LocalizedText>> names, String language) {
		out.writeStartObject();
		out.writeStringProperty("id", id);
		out.writeStringProperty("name", name(concepts.get(id), language, id));
		out.writeNumberProperty("keyPosition", position);
		if (id.equals(SdmxFlows.FREQ) || id.equals(SdmxFlows.REF_AREA) || id.equals(SdmxFlows.TIME_PERIOD)) {
			out.writeName("roles");
			out.writeStartArray();
			out.writeString(id);
			out.writeEndArray();
		}
		Map<String, LocalizedText> list = names.get(SdmxFlows.codeListOf(id));
		out.writeName("values");
		out.writeStartArray();
		for (String code : codes) {
			out.writeStartObject();
			out.writeStringProperty("id", code);
			LocalizedText name = (list != null) ? list.get(code) : null;
			out.writeStringProperty("name", name(name, language, code));
			if (id.equals(SdmxFlows.TIME_PERIOD)) {
				Period period = Period.parse(code).orElseThrow();
				out.writeStringProperty("start", period.start() + "T00:00:00Z");
				out.writeStringProperty("end", period.end() + "T23:59:59Z");
			}
			out.writeEndObject();
		}
		out.writeEndArray();
		out.writeEndObject();
	}

	private void attribute(JsonGenerator out, String id, String value, Map<String, LocalizedText> concepts,
			Map<String, LocalizedText> list, String language) {
		out.writeStartObject();
		out.writeStringProperty("id", id);
		out.writeStringProperty("name", name(concepts.get(id), language, id));
		out.writeName("relationship");
		out.writeStartObject();
		out.writeName("observation");
		out.writeStartObject();
		out.writeEndObject();
		out.writeEndObject();
		out.writeName("values");
		out.writeStartArray();
		out.writeStartObject();
		out.writeStringProperty("id", value);
		LocalizedText name = (list != null) ? list.get(value) : null;
		out.writeStringProperty("name", name(name, language, value));
		out.writeEndObject();
		out.writeEndArray();
		out.writeEndObject();
	}

	private static String name(LocalizedText name, String language, String fallback) {
		if (name == null || name.isEmpty()) {
			return fallback;
		}
		String text = name.in(java.util.Locale.forLanguageTag(language));
		return (text != null && !text.isBlank()) ? text : fallback;
	}

}
