package org.hamkori.indicators.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hamkori.shared.web.ApiProblems;
import org.hamkori.indicators.CatalogueMaintenance;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.IndicatorDraft;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.ProblemResponses;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catalogue maintenance for machine clients, with the pages' rights: the platform admin
 * and the regional secretariat create and edit indicators and add or rename extra codes;
 * others get 403. An indicator's answer carries its version as a strong {@code ETag}; a
 * {@code PUT} may send it back in {@code If-Match} and gets 412 when someone changed it
 * meanwhile. Refusals are problem documents in the caller's language, with each field's
 * message under {@code errors}.
 */
@RestController
@Tag(name = "Indicators", description = "The public catalogue of labour-migration and SDG indicators")
class CatalogueApi {

	private final IndicatorCatalogue catalogue;

	private final CatalogueMaintenance maintenance;

	private final MessageSource messages;

	CatalogueApi(IndicatorCatalogue catalogue, CatalogueMaintenance maintenance, MessageSource messages) {
		this.catalogue = catalogue;
		this.maintenance = maintenance;
		this.messages = messages;
	}

	/** An indicator as a client sends it; the code is taken from the address on PUT. */
	record IndicatorRequest(@Nullable String code, @Nullable Map<String, String> name, Map<String, String> definition,
			String unit, @Nullable Integer unitMultiplier, @Nullable String kind, String periodicity,
			@Nullable String aggregation, @Nullable String source, @Nullable String reference,
			@Nullable String proxyNote, List<String> dimensions) {

		IndicatorDraft draft(String code) {
			return new IndicatorDraft(code, new LocalizedText(this.name), new LocalizedText(this.definition), this.unit,
					(this.unitMultiplier != null) ? this.unitMultiplier : 0, this.kind, this.periodicity,
					this.aggregation, this.source, this.reference, this.proxyNote, this.dimensions);
		}

	}

	/** An extra code as a client sends it. */
	record CodeRequest(String code, Map<String, String> name) {
	}

	@ProblemResponses(422)
	@PostMapping("/api/v1/indicators")
	@Operation(summary = "Add an indicator to the catalogue (platform admin, regional secretariat)")
	ResponseEntity<IndicatorController.IndicatorView> create(@RequestBody IndicatorRequest body, Viewer viewer) {
		IndicatorCatalogue.Indicator created = this.maintenance.create(body.draft(body.code()), viewer);
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(etag(created))
			.header("Location", "/api/v1/indicators/" + created.code())
			.body(IndicatorController.IndicatorView.of(created));
	}

	@ProblemResponses(422)
	@PutMapping("/api/v1/indicators/{code}")
	@Operation(summary = "Replace an indicator's metadata (platform admin, regional secretariat); If-Match guards it")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "The indicator as saved; ETag carries its version",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(
							implementation = IndicatorController.IndicatorView.class)))
	ResponseEntity<?> update(@PathVariable String code, @RequestBody IndicatorRequest body,
			@Parameter(description = "The ETag read before; 412 if the indicator changed since") @RequestHeader(
					name = "If-Match", required = false) String ifMatch,
			Viewer viewer, Locale locale) {
		if (!this.maintenance.canMaintain(viewer)) {
			throw new org.hamkori.shared.web.ForbiddenException();
		}
		IndicatorCatalogue.Indicator current = this.catalogue.indicator(code).orElseThrow(NotFoundException::new);
		long version = current.version();
		if (ifMatch != null && !ifMatch.isBlank()) {
			String expected = ifMatch.strip().replace("\"", "");
			if (!expected.equals(Long.toString(current.version()))) {
				return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
					.eTag(etag(current))
					.body(ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
							this.messages.getMessage("error.412", null, locale)));
			}
		}
		IndicatorCatalogue.Indicator updated = this.maintenance.update(current.code(), body.draft(current.code()),
				version, viewer);
		return ResponseEntity.ok().eTag(etag(updated)).body(IndicatorController.IndicatorView.of(updated));
	}

	@GetMapping("/api/v1/indicators/{code}/history")
	@Operation(summary = "Who changed an indicator, when, and what (signed-in clients)")
	List<CatalogueMaintenance.Change> history(@PathVariable String code) {
		IndicatorCatalogue.Indicator indicator = this.catalogue.indicator(code).orElseThrow(NotFoundException::new);
		return this.maintenance.history(indicator.code());
	}

	@ProblemResponses(422)
	@PostMapping("/api/v1/code-lists/{id}/codes")
	@Operation(summary = "Add an extra code to a code list (platform admin, regional secretariat)")
	ResponseEntity<CodeListController.CodeView> addCode(@PathVariable String id, @RequestBody CodeRequest body,
			Viewer viewer) {
		IndicatorCatalogue.Code code = this.maintenance.addCode(id, body.code(), new LocalizedText(body.name()),
				viewer);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new CodeListController.CodeView(code.code(), code.name().values(), code.featured()));
	}

	@ProblemResponses(422)
	@PutMapping("/api/v1/code-lists/{id}/codes/{code}")
	@Operation(summary = "Rename a stored code (platform admin, regional secretariat)")
	ResponseEntity<Void> renameCode(@PathVariable String id, @PathVariable String code, @RequestBody CodeRequest body,
			Viewer viewer) {
		if (!this.maintenance.canMaintain(viewer)) {
			throw new org.hamkori.shared.web.ForbiddenException();
		}
		this.maintenance.renameCode(id, code, new LocalizedText(body.name()),
				this.maintenance.codeVersion(id.toUpperCase(Locale.ROOT), code), viewer);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ProblemDetail> invalid(RuleViolation ex, Locale locale) {
		return ApiProblems.answer(ApiProblems.refused(HttpStatus.UNPROCESSABLE_CONTENT, ex, this.messages, locale));
	}

	private static String etag(IndicatorCatalogue.Indicator indicator) {
		return "\"" + indicator.version() + "\"";
	}

}
