package org.hamkori.indicators.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
 * The public code lists (COUNTERPART_AREA, REF_AREA, SEX...): each code with its names in
 * the six languages, as pages and by API.
 */
@Controller
@Tag(name = "Code lists", description = "The public code lists of the catalogue, each code named in six languages")
class CodeListController {

	private final IndicatorCatalogue catalogue;

	private final CatalogueMaintenance maintenance;

	CodeListController(IndicatorCatalogue catalogue, CatalogueMaintenance maintenance) {
		this.catalogue = catalogue;
		this.maintenance = maintenance;
	}

	/**
	 * A code list as clients see it; {@code featured} codes are offered first on forms.
	 */
	record CodeListView(String id, Map<String, String> name, @Nullable String standard, int size,
			List<CodeView> codes) {

		static CodeListView of(IndicatorCatalogue.Dimension d) {
			return new CodeListView(d.code(), d.name().values(), d.standard(), d.codes().size(),
					d.codes().stream().map((c) -> new CodeView(c.code(), c.name().values(), c.featured())).toList());
		}

	}

	record CodeView(String code, Map<String, String> name, boolean featured) {
	}

	/** A code list without its codes, for the list of lists. */
	record CodeListSummary(String id, Map<String, String> name, @Nullable String standard, int size) {
	}

	@GetMapping("/api/v1/code-lists")
	@ResponseBody
	@Operation(summary = "The code lists and their sizes (public)")
	List<CodeListSummary> api() {
		return this.catalogue.codeLists()
			.stream()
			.map((d) -> new CodeListSummary(d.code(), d.name().values(), d.standard(), d.codes().size()))
			.toList();
	}

	@GetMapping("/api/v1/code-lists/{id}")
	@ResponseBody
	@Operation(summary = "One code list, each code with its names in six languages (public)")
	CodeListView apiOne(@Parameter(description = "e.g. COUNTERPART_AREA, REF_AREA, SEX") @PathVariable String id) {
		return CodeListView.of(this.catalogue.codeList(id).orElseThrow(NotFoundException::new));
	}

	@GetMapping("/code-lists")
	String lists(Model model) {
		model.addAttribute("lists", this.catalogue.codeLists());
		return "indicators/code-lists";
	}

	@GetMapping("/code-lists/{id}")
	String list(@PathVariable String id, Viewer viewer, Model model) {
		IndicatorCatalogue.Dimension list = this.catalogue.codeList(id).orElseThrow(NotFoundException::new);
		return page(model, list, this.maintenance, viewer, CodeForm.empty());
	}

	static String page(Model model, IndicatorCatalogue.Dimension list, CatalogueMaintenance maintenance, Viewer viewer,
			CodeForm form) {
		model.addAttribute("list", list);
		model.addAttribute("codes",
				list.codes()
					.stream()
					.sorted(Comparator.comparing((IndicatorCatalogue.Code c) -> !c.featured()))
					.toList());
		boolean canMaintain = maintenance.canMaintain(viewer) && !IndicatorCatalogue.REF_AREA.equals(list.code());
		model.addAttribute("canMaintain", canMaintain);
		model.addAttribute("form", form);
		model.addAttribute("history", viewer.isAuthenticated() ? maintenance.codeHistory(list.code()) : List.of());
		return "indicators/code-list";
	}

}
