package org.hamkori.indicators.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamkori.indicators.IndicatorCatalogue.Indicator;
import org.hamkori.indicators.CatalogueMaintenance;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public indicator catalogue: a list, each indicator's metadata page, and the API.
 */
@Controller
@Tag(name = "Indicators", description = "The public catalogue of labour-migration and SDG indicators")
class IndicatorController {

	private final IndicatorCatalogue catalogue;

	private final CatalogueMaintenance maintenance;

	IndicatorController(IndicatorCatalogue catalogue, CatalogueMaintenance maintenance) {
		this.catalogue = catalogue;
		this.maintenance = maintenance;
	}

	@GetMapping("/indicators")
	String list(Viewer viewer, Model model) {
		model.addAttribute("indicators", this.catalogue.indicators());
		model.addAttribute("dimensions", this.catalogue.dimensions());
		model.addAttribute("canMaintain", this.maintenance.canMaintain(viewer));
		return "indicators/indicators";
	}

	/**
	 * An indicator's metadata; its history is shown to signed-in readers, who can tell
	 * the people named in it.
	 */
	@GetMapping("/indicators/{code}")
	String show(@PathVariable String code, Viewer viewer, Model model) {
		Indicator indicator = this.catalogue.indicator(code).orElseThrow(NotFoundException::new);
		model.addAttribute("indicator", indicator);
		model.addAttribute("dimensions",
				this.catalogue.dimensions().stream().filter((d) -> indicator.dimensions().contains(d.code())).toList());
		model.addAttribute("canMaintain", this.maintenance.canMaintain(viewer));
		model.addAttribute("history",
				viewer.isAuthenticated() ? this.maintenance.history(indicator.code()) : java.util.List.of());
		model.addAttribute("signedIn", viewer.isAuthenticated());
		return "indicators/indicator";
	}

	/** An indicator as clients see it. */
	record IndicatorView(String code, @Nullable Map<String, String> name, Map<String, String> definition, String unit,
			int unitMultiplier, @Nullable String kind, String periodicity, @Nullable String aggregation,
			@Nullable String source, @Nullable String reference, @Nullable String proxyNote, List<String> dimensions) {

		static IndicatorView of(Indicator i) {
			return new IndicatorView(i.code(), i.name().values(), i.definition().values(), i.unit(), i.unitMultiplier(),
					i.kind(), i.periodicity(), i.aggregation(), i.source(), i.reference(), i.proxyNote(),
					i.dimensions());
		}

	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DimensionCode")
	record CodeView(String code, Map<String, String> name) {
	}

	record DimensionView(String code, Map<String, String> name, @Nullable String standard, List<CodeView> codes) {

		static DimensionView of(IndicatorCatalogue.Dimension d) {
			return new DimensionView(d.code(), d.name().values(), d.standard(),
					d.codes().stream().map((c) -> new CodeView(c.code(), c.name().values())).toList());
		}

	}

	@GetMapping("/api/v1/indicators")
	@ResponseBody
	@Operation(summary = "The indicator catalogue (public)")
	List<IndicatorView> api() {
		return this.catalogue.indicators().stream().map(IndicatorView::of).toList();
	}

	@GetMapping("/api/v1/indicators/{code}")
	@ResponseBody
	@Operation(summary = "One indicator's metadata (public); the ETag header carries its version")
	org.springframework.http.ResponseEntity<IndicatorView> apiOne(@PathVariable String code) {
		Indicator indicator = this.catalogue.indicator(code).orElseThrow(NotFoundException::new);
		return org.springframework.http.ResponseEntity.ok()
			.eTag("\"" + indicator.version() + "\"")
			.body(IndicatorView.of(indicator));
	}

	@GetMapping("/api/v1/dimensions")
	@ResponseBody
	@Operation(summary = "Dimensions and their code lists (public)")
	List<DimensionView> dimensions() {
		return this.catalogue.dimensions().stream().map(DimensionView::of).toList();
	}

}
