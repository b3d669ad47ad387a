package org.hamkori.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.FileImports;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.ReferenceSource;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Digests;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.ProblemResponses;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Data sets, their obligations and their files for machine clients, through the same
 * front doors and rights as the pages. A file goes through the page's import: same
 * checks, one report per period, all or nothing, and every problem named by line.
 */
@RestController
@RequestMapping("/api/v1/data-sets")
@Tag(name = "Data sets", description = "Data sets, reporting obligations and data files")
class DataSetsApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSets dataSets;

	private final FileImports files;

	private final IndicatorCatalogue catalogue;

	private final Directory directory;

	private final ImportAnswers answers;

	private final DataPages pages;

	private final IdempotentRequests requests;

	DataSetsApi(DataSets dataSets, FileImports files, IndicatorCatalogue catalogue, Directory directory,
			ImportAnswers answers, DataPages pages, IdempotentRequests requests) {
		this.pages = pages;
		this.requests = requests;
		this.dataSets = dataSets;
		this.files = files;
		this.catalogue = catalogue;
		this.directory = directory;
		this.answers = answers;
	}

	/**
	 * An indicator of a new data set: its catalogue code and, optionally, the dimensions
	 * it is collected by (all the catalogue allows when left out) and its rules.
	 */
	record IndicatorIn(String code, @Nullable List<String> dimensions, @Nullable Boolean required,
			@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable BigDecimal changeWarning,
			@Nullable BigDecimal tolerance) {
	}

	/**
	 * A new data set. {@code source} (name, URL, retrieval date) names the published
	 * series its figures are taken from, if any; it is stored and returned.
	 */
	record DataSetIn(String mechanism, String code, Map<String, String> name, String periodicity,
			@Nullable String visibility, List<IndicatorIn> indicators, @Nullable ReferenceSource source) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DataSetIndicatorView")
	record IndicatorView(String code, List<String> dimensions, boolean required, @Nullable BigDecimal min,
			@Nullable BigDecimal max, @Nullable BigDecimal changeWarning, @Nullable BigDecimal tolerance) {
	}

	record DataSetView(UUID id, UUID mechanismId, String code, Map<String, String> name, String periodicity,
			String visibility, List<IndicatorView> indicators, @Nullable ReferenceSource source) {

		static DataSetView of(DataSet s, ReferenceSource source) {
			return new DataSetView(s.id(), s.mechanismId(), s.code(), s.name().values(), s.periodicity().name(),
					s.visibility().name(),
					s.indicators()
						.stream()
						.map((i) -> new IndicatorView(i.indicator(), i.dimensions(), i.required(), i.min(), i.max(),
								i.changeWarning(), i.tolerance()))
						.toList(),
					source);
		}

	}

	/** A reporting obligation: who reports, due when, from which period to which. */
	record ObligationIn(UUID organisation, @Nullable Integer dueDays, String firstPeriod, @Nullable String lastPeriod) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DataSetObligationView")
	record ObligationView(UUID id, UUID dataSetId, UUID organisationId, int dueDays, String firstPeriod,
			@Nullable String lastPeriod) {

		static ObligationView of(Obligation o) {
			return new ObligationView(o.id(), o.dataSetId(), o.organisationId(), o.dueDays(), o.firstPeriod().code(),
					(o.lastPeriod() != null) ? o.lastPeriod().code() : null);
		}

	}

	@ProblemResponses(422)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a data set of a mechanism (its secretariat or an admin)")
	ResponseEntity<DataSetView> create(@RequestBody DataSetIn in, Viewer viewer) {
		Mechanism mechanism = mechanism(in.mechanism());
		Periodicity periodicity = choice(Periodicity.class, in.periodicity(), "periodicity");
		Visibility visibility = (in.visibility() != null) ? choice(Visibility.class, in.visibility(), "visibility")
				: Visibility.MEMBERS;
		List<DataSet.Item> items = new ArrayList<>();
		for (IndicatorIn i : (in.indicators() != null) ? in.indicators() : List.<IndicatorIn>of()) {
			String code = (i.code() != null) ? i.code().trim().toUpperCase(Locale.ROOT) : "";
			List<String> dimensions = (i.dimensions() != null) ? i.dimensions()
					: this.catalogue.indicator(code).map(IndicatorCatalogue.Indicator::dimensions).orElse(List.of());
			items.add(new DataSet.Item(code, dimensions, Boolean.TRUE.equals(i.required()), i.min(), i.max(),
					i.changeWarning(), i.tolerance()));
		}
		LocalizedText name = (in.name() != null) ? LocalizedText.of(in.name()) : null;
		DataSet set = this.dataSets.create(mechanism.id(), in.code(), name, periodicity, visibility, items, in.source(),
				viewer);
		return ResponseEntity.created(URI.create("/api/v1/data-sets/" + set.id()))
			.body(DataSetView.of(set, this.dataSets.source(set.id()).orElse(null)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A data set the caller may see (a restricted one: its secretariat and reporters)")
	DataSetView show(@PathVariable UUID id, Viewer viewer) {
		DataSet set = this.pages.dataSet(id, viewer);
		return DataSetView.of(set, this.dataSets.source(set.id()).orElse(null));
	}

	@ProblemResponses(422)
	@PostMapping(path = "/{id}/obligations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Name an institution that reports the data set, from a first period to an optional last one",
			description = "Figures for periods before the first one may still be sent: they are history, "
					+ "never late or overdue.")
	ResponseEntity<ObligationView> addObligation(@PathVariable UUID id, @RequestBody ObligationIn in, Viewer viewer) {
		Period first = period(in.firstPeriod(), "firstPeriod");
		Period last = (in.lastPeriod() != null && !in.lastPeriod().isBlank()) ? period(in.lastPeriod(), "lastPeriod")
				: null;
		if (in.organisation() == null || in.dueDays() == null) {
			throw new RuleViolation("organisation", "data.api.body-invalid");
		}
		Obligation o = this.dataSets.addObligation(id, in.organisation(), in.dueDays(), first, last, viewer);
		return ResponseEntity.created(URI.create("/api/v1/obligations/" + o.id())).body(ObligationView.of(o));
	}

	@ProblemResponses(422)
	@PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Send a data file (CSV, SDMX-CSV or the XLSX template) into the data set's periods",
			description = "One report per period of the file, all saved together or none. mapping is a JSON "
					+ "object from column header to SDMX concept (REF_AREA, COUNTERPART_AREA, SEX, TIME_PERIOD, "
					+ "OBS_VALUE, INDICATOR, UNIT_MULT, OBS_STATUS or IGNORE); without it the columns are guessed. "
					+ "A value given with UNIT_MULT is moved exactly into the indicator's own unit multiplier "
					+ "and refused at its line only where that would need more digits than a figure keeps. "
					+ "200 with the counts, or 422 problem+json listing every problem by line. With an "
					+ "Idempotency-Key, a retry of the same request (same file, mapping and parameters) gets the "
					+ "first answer back and stores nothing twice; the key with another request is refused (422).")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "What the file changed, or would change on a dry run",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(
							implementation = ImportAnswers.FileDone.class)))
	ResponseEntity<?> upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
			@Parameter(description = "JSON object: column header to SDMX concept") @RequestParam(name = "mapping",
					required = false) String mapping,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
			@RequestParam(name = "obligation", required = false) UUID obligation,
			@RequestParam(name = "revisionReason", required = false) String revisionReason,
			@Parameter(description = "Keep only the rows of the mechanism's own country; rows of other reporting "
					+ "countries are skipped and counted instead of refused") @RequestParam(name = "ownCountryOnly",
							defaultValue = "false") boolean ownCountryOnly,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Viewer viewer, Locale locale)
			throws IOException {
		Obligation target = this.files.obligationOf(id, obligation, viewer);
		Map<String, String> concepts = null;
		if (mapping != null && !mapping.isBlank()) {
			try {
				concepts = JSON.readValue(mapping, new TypeReference<Map<String, String>>() {
				});
			}
			catch (RuntimeException ex) {
				throw new RuleViolation("mapping", "data.api.mapping-invalid");
			}
		}
		String hash = null;
		if (key != null) {
			if (!IdempotentRequests.validKey(key)) {
				return this.answers.refusal(HttpStatus.BAD_REQUEST, "data.api.key-invalid", locale);
			}
			try (InputStream in = file.getInputStream()) {
				hash = Digests.sha256Hex(
						String.join("\n", "files", id.toString(), target.id().toString(), String.valueOf(concepts),
								Boolean.toString(dryRun), String.valueOf(revisionReason), Digests.sha256Hex(in)));
			}
			IdempotentRequests.Earlier earlier = this.requests.earlier(viewer.userId(), key, hash,
					MediaType.APPLICATION_PROBLEM_JSON);
			if (earlier instanceof IdempotentRequests.Other) {
				return this.answers.refusal(HttpStatus.UNPROCESSABLE_CONTENT, "data.api.key-reused", locale);
			}
			if (earlier instanceof IdempotentRequests.Same same) {
				return same.answer();
			}
		}
		FileImports.Result result;
		try (InputStream in = file.getInputStream()) {
			result = this.files.run(target, in, concepts, dryRun, revisionReason, ownCountryOnly, viewer);
		}
		ResponseEntity<?> answer = this.answers.answer(result, locale);
		if (key != null && !dryRun) {
			this.requests.remember(viewer.userId(), key, hash, answer.getStatusCode().value(), answer.getBody(),
					Optional.of(ImportAnswers.summary(answer.getBody())));
		}
		return answer;
	}

	private Mechanism mechanism(String reference) {
		if (reference == null || reference.isBlank()) {
			throw new RuleViolation("mechanism", "data.api.mechanism-unknown");
		}
		try {
			return this.directory.mechanism(UUID.fromString(reference)).orElseThrow(NotFoundException::new);
		}
		catch (IllegalArgumentException ex) {
			return this.directory.mechanism(reference.trim()).orElseThrow(NotFoundException::new);
		}
	}

	private static Period period(String text, String field) {
		return Period.parse(text).orElseThrow(() -> new RuleViolation(field, "data.obligation.period-invalid"));
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
		try {
			return Enum.valueOf(type, String.valueOf(text).trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation(field, "data.api.choice-invalid", String.valueOf(text));
		}
	}

}
