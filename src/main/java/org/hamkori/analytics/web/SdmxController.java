package org.hamkori.analytics.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.hamkori.analytics.SdmxData;
import org.hamkori.analytics.SdmxFlows;
import org.hamkori.analytics.SdmxQuery;
import org.hamkori.analytics.SdmxRefusal;
import org.hamkori.analytics.SdmxStructures;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.shared.security.Digests;
import org.hamkori.shared.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * SDMX REST 2.0, the part statistics offices use (decision 0032): structure queries of
 * dataflows (with their data structures, concepts and code lists) as SDMX-ML 3.0, and
 * data queries of a dataflow as SDMX-CSV 2.0 or SDMX-JSON 2.0, open to anyone without a
 * session, each caller seeing only the figures the one visibility rule lets them see (a
 * bearer token shows more). Whatever the standard offers and Hamkori does not is refused
 * with 406 (a format) or 501 (a feature) as a problem document, never answered in another
 * format.
 */
@RestController
class SdmxController {

	static final MediaType STRUCTURE_XML = MediaType.parseMediaType("application/vnd.sdmx.structure+xml;version=3.0.0");

	static final MediaType DATA_CSV = MediaType.parseMediaType("application/vnd.sdmx.data+csv;version=2.0.0");

	static final MediaType DATA_JSON = MediaType.parseMediaType("application/vnd.sdmx.data+json;version=2.0.0");

	private static final List<MediaType> STRUCTURE_TYPES = List.of(STRUCTURE_XML, MediaType.APPLICATION_XML,
			MediaType.TEXT_XML);

	private static final List<MediaType> DATA_TYPES = List.of(DATA_CSV, DATA_JSON,
			MediaType.parseMediaType("text/csv"));

	private static final String TIME_PERIOD = "TIME_PERIOD";

	private static final Pattern FILTER = Pattern.compile("c\\[([A-Za-z0-9_]+)]");

	/** Parameters of the standard Hamkori does not offer. */
	private static final Set<String> NOT_OFFERED = Set.of("firstNObservations", "lastNObservations", "asOf",
			"includeHistory");

	private static final Set<String> STRUCTURE_TYPE_NAMES = Set.of("dataflow", "datastructure", "conceptscheme",
			"codelist");

	private final SdmxFlows flows;

	private final SdmxStructures structures;

	private final SdmxData data;

	private final IndicatorCatalogue catalogue;

	private final MessageSource messages;

	SdmxController(SdmxFlows flows, SdmxStructures structures, SdmxData data, IndicatorCatalogue catalogue,
			MessageSource messages) {
		this.flows = flows;
		this.structures = structures;
		this.data = data;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping({ "/sdmx/v2/structure/{type}", "/sdmx/v2/structure/{type}/{agency}",
			"/sdmx/v2/structure/{type}/{agency}/{ids}", "/sdmx/v2/structure/{type}/{agency}/{ids}/{version}" })
	ResponseEntity<byte[]> structure(@PathVariable String type, @PathVariable(required = false) String agency,
			@PathVariable(required = false) String ids, @PathVariable(required = false) String version,
			HttpServletRequest request, Viewer viewer) {
		MediaType answer = negotiate(request, STRUCTURE_TYPES);
		parameters(request, Set.of("references", "detail"));
		if (!STRUCTURE_TYPE_NAMES.contains(type)) {
			throw SdmxController.notImplemented("structure/" + type);
		}
		String detail = request.getParameter("detail");
		if (detail != null && !detail.equals("full")) {
			throw SdmxController.notImplemented("detail=" + detail);
		}
		agency(agency);
		version(version);
		String references = (request.getParameter("references") != null) ? request.getParameter("references") : "none";
		SdmxStructures.Detail depth = switch (references) {
			case "none", "parents", "parentsandsiblings", "ancestors" -> SdmxStructures.Detail.NONE;
			case "children" -> SdmxStructures.Detail.CHILDREN;
			case "descendants", "all" -> SdmxStructures.Detail.DESCENDANTS;
			case "datastructure", "conceptscheme", "codelist" -> SdmxStructures.Detail.NONE;
			default -> throw SdmxController.notImplemented("references=" + references);
		};
		Set<String> asked = new LinkedHashSet<>(List.of(type));
		if (Set.of("datastructure", "conceptscheme", "codelist").contains(references)) {
			asked.add(references);
		}
		List<SdmxFlows.Flow> chosen = chosen(type, ids);
		SdmxStructures.Message message = this.structures.write(chosen, depth, asked);
		Instant changed = this.catalogue.lastChanged().orElse(null);
		return answer(answer, message.body(), message.headerEnd(), changed, viewer);
	}

	@GetMapping({ "/sdmx/v2/data/{context}/{agency}/{flow}", "/sdmx/v2/data/{context}/{agency}/{flow}/{version}",
			"/sdmx/v2/data/{context}/{agency}/{flow}/{version}/{key}" })
	ResponseEntity<byte[]> data(@PathVariable String context, @PathVariable String agency, @PathVariable String flow,
			@PathVariable(required = false) String version, @PathVariable(required = false) String key,
			HttpServletRequest request, Viewer viewer, Locale locale) {
		MediaType answer = negotiate(request, DATA_TYPES);
		Map<String, String> filters = parameters(request, Set.of("updatedAfter", "dimensionAtObservation", "detail",
				"attributes", "measures", "startPeriod", "endPeriod"));
		if (!context.equals("dataflow")) {
			throw SdmxController.notImplemented("data/" + context);
		}
		agency(agency);
		version(version);
		SdmxFlows.Flow found = this.flows.flow(flow).orElseThrow(() -> new SdmxRefusal(404, "sdmx.flow.unknown", flow));
		String detail = request.getParameter("detail");
		if (detail != null && !detail.equals("full")) {
			throw SdmxController.notImplemented("detail=" + detail);
		}
		String attributes = request.getParameter("attributes");
		if (attributes != null && !Set.of("dsd", "all").contains(attributes)) {
			throw SdmxController.notImplemented("attributes=" + attributes);
		}
		String measures = request.getParameter("measures");
		if (measures != null && !Set.of("all", "OBS_VALUE").contains(measures)) {
			throw SdmxController.notImplemented("measures=" + measures);
		}
		String atObservation = request.getParameter("dimensionAtObservation");
		boolean allDimensions = "AllDimensions".equals(atObservation);
		if (atObservation != null && !allDimensions && !atObservation.equals(TIME_PERIOD)) {
			throw SdmxController.notImplemented("dimensionAtObservation=" + atObservation);
		}
		periods(request, filters);
		SdmxQuery query = SdmxQuery.of(found, key, filters, request.getParameter("updatedAfter"));
		SdmxData.Result result = this.data.find(found, query, viewer);
		if (result.observations().isEmpty()) {
			throw new SdmxRefusal(404, "sdmx.data.none", found.id());
		}
		if (answer.equals(DATA_JSON)) {
			SdmxData.Message message = this.data.json(result, allDimensions, locale.getLanguage());
			return answer(answer, message.body(), message.headerEnd(), result.lastModified(), viewer);
		}
		MediaType csv = answer.equals(DATA_CSV) ? answer : new MediaType("text", "csv");
		return answer(csv, this.data.csv(result), 0, result.lastModified(), viewer);
	}

	/** The SDMX 1 period parameters, as the TIME_PERIOD filter they mean. */
	private static void periods(HttpServletRequest request, Map<String, String> filters) {
		List<String> conditions = new ArrayList<>();
		if (request.getParameter("startPeriod") != null) {
			conditions.add("ge:" + request.getParameter("startPeriod"));
		}
		if (request.getParameter("endPeriod") != null) {
			conditions.add("le:" + request.getParameter("endPeriod"));
		}
		if (!conditions.isEmpty()) {
			filters.merge(TIME_PERIOD, String.join("+", conditions), (a, b) -> a + "+" + b);
		}
	}

	private List<SdmxFlows.Flow> chosen(String type, @Nullable String ids) {
		List<SdmxFlows.Flow> all = this.flows.flows();
		if (ids == null || ids.equals("*")) {
			return all;
		}
		List<SdmxFlows.Flow> chosen = new ArrayList<>();
		for (String id : ids.split(",")) {
			String wanted = id.strip();
			SdmxFlows.Flow flow = all.stream().filter((f) -> switch (type) {
				case "datastructure" -> f.structure().equals(wanted);
				case "dataflow" -> f.id().equals(wanted);
				default -> true;
			}).findFirst().orElseThrow(() -> new SdmxRefusal(404, "sdmx.flow.unknown", wanted));
			chosen.add(flow);
		}
		if (Set.of("conceptscheme", "codelist").contains(type)) {
			return all;
		}
		return chosen;
	}

	private static void agency(@Nullable String agency) {
		if (agency != null && !agency.equals("*") && !agency.equals(SdmxFlows.AGENCY)) {
			throw new SdmxRefusal(404, "sdmx.agency.unknown", agency);
		}
	}

	/**
	 * Any version, the latest, or Hamkori's one; the standard's version wildcards are not
	 * offered.
	 */
	private static void version(@Nullable String version) {
		if (version == null || version.equals("*") || version.equals("~") || version.equals("latest")
				|| version.equals(SdmxFlows.VERSION) || version.equals(SdmxFlows.VERSION + ".0")) {
			return;
		}
		if (version.contains("+") || version.contains("*") || version.contains(",")) {
			throw SdmxController.notImplemented("version " + version);
		}
		throw new SdmxRefusal(404, "sdmx.version.unknown", version);
	}

	/**
	 * The {@code c[ID]} filters of the request; refuses the parameters the standard has
	 * but Hamkori does not offer (501) and any it does not know (400).
	 */
	private static Map<String, String> parameters(HttpServletRequest request, Set<String> known) {
		Map<String, String> filters = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			Matcher filter = FILTER.matcher(name);
			if (filter.matches() && known.contains("updatedAfter")) {
				filters.put(filter.group(1), String.join(",", parameter.getValue()));
			}
			else if (NOT_OFFERED.contains(name)) {
				if (name.equals("includeHistory") && Arrays.stream(parameter.getValue()).allMatch("false"::equals)) {
					continue;
				}
				throw SdmxController.notImplemented(name);
			}
			else if (!known.contains(name) && !name.equals("lang")) {
				throw new SdmxRefusal(400, "sdmx.parameter.unknown", name);
			}
		}
		return filters;
	}

	/**
	 * The representation to answer in: the first of those offered that the caller's
	 * Accept header takes, by its preference; the first offered when it names none.
	 */
	static MediaType negotiate(HttpServletRequest request, List<MediaType> offered) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return offered.get(0);
		}
		List<MediaType> accepted;
		try {
			accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (InvalidMediaTypeException ex) {
			throw notAcceptable(offered);
		}
		accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType wanted : accepted) {
			if (wanted.getQualityValue() <= 0) {
				continue;
			}
			for (MediaType type : offered) {
				if (takes(wanted, type)) {
					return type;
				}
			}
		}
		throw notAcceptable(offered);
	}

	/**
	 * Whether an accepted type takes an offered one: a wildcard takes any; a named type
	 * only with the same version (when it names one) and with no parameter Hamkori cannot
	 * honour (SDMX-CSV's labels, timeFormat and keys other than their defaults).
	 */
	static boolean takes(MediaType wanted, MediaType offered) {
		if (wanted.isWildcardType() || wanted.isWildcardSubtype()) {
			return wanted.includes(offered);
		}
		if (!wanted.getType().equalsIgnoreCase(offered.getType())
				|| !wanted.getSubtype().equalsIgnoreCase(offered.getSubtype())) {
			return false;
		}
		for (Map.Entry<String, String> parameter : wanted.getParameters().entrySet()) {
			String name = parameter.getKey().toLowerCase(Locale.ROOT);
			String value = parameter.getValue().replace("\"", "");
			boolean honoured = switch (name) {
				case "q", "charset" -> true;
				case "version" ->
					offered.getParameter("version") != null && (offered.getParameter("version").equals(value)
							|| offered.getParameter("version").equals(value + ".0"));
				case "labels" -> value.equals("id");
				case "timeformat" -> value.equals("original");
				case "keys" -> value.equals("none");
				default -> false;
			};
			if (!honoured) {
				return false;
			}
		}
		return true;
	}

	private static SdmxRefusal notAcceptable(List<MediaType> offered) {
		return new SdmxRefusal(406, "sdmx.not-acceptable",
				String.join(", ", offered.stream().map(MediaType::toString).toList()));
	}

	private static SdmxRefusal notImplemented(String what) {
		return new SdmxRefusal(501, "sdmx.not-implemented", what);
	}

	/**
	 * The answer with its validators: a weak ETag of everything after the message's
	 * header (its id and time of preparation change each time, its content does not) and
	 * the last change as Last-Modified; a matching If-None-Match gets 304.
	 */
	private static ResponseEntity<byte[]> answer(MediaType type, byte[] body, int headerEnd,
			@Nullable Instant lastModified, Viewer viewer) {
		byte[] content = Arrays.copyOfRange(body, headerEnd, body.length);
		byte[] tagged = (type.toString() + "\n" + new String(content, StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8);
		String etag = "W/\"" + Digests.sha256Hex(tagged).substring(0, 32) + "\"";
		MediaType labelled = new MediaType(type, StandardCharsets.UTF_8);
		ResponseEntity.BodyBuilder builder = ResponseEntity.ok()
			.contentType(labelled)
			.eTag(etag)
			.cacheControl(!viewer.isAuthenticated() ? CacheControl.noCache() : CacheControl.noCache().cachePrivate())
			.varyBy(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.AUTHORIZATION);
		if (lastModified != null) {
			builder = builder.lastModified(lastModified);
		}
		return builder.body(body);
	}

	/** A refusal as a problem document in the caller's language. */
	@ExceptionHandler(SdmxRefusal.class)
	ResponseEntity<ProblemDetail> refused(SdmxRefusal refusal, Locale locale) {
		HttpStatus status = HttpStatus.valueOf(refusal.status());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(refusal.key(), refusal.arguments(), locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
