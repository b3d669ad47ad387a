package org.hamkori.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.ReferenceSet;
import org.hamkori.reporting.ReferenceSets;
import org.hamkori.reporting.ReferenceSource;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * International reference series: everyone signed in reads the public ones; the regional
 * secretariat and admins create them with their source and load their figures from a file
 * (one figure a line, several countries), published at once.
 */
@Controller
class ReferenceSetController {

	private final ReferenceSets references;

	private final IndicatorCatalogue catalogue;

	ReferenceSetController(ReferenceSets references, IndicatorCatalogue catalogue) {
		this.references = references;
		this.catalogue = catalogue;
	}

	@GetMapping("/reference-sets")
	String list(Viewer viewer, Model model) {
		return listPage(model, viewer, ReferenceSetForm.empty());
	}

	@PostMapping("/reference-sets")
	String create(@Valid @ModelAttribute("form") ReferenceSetForm form, BindingResult errors, Viewer viewer,
			Locale locale, Model model) {
		if (!ReferenceSets.canKeep(viewer)) {
			throw new ForbiddenException();
		}
		if (!errors.hasErrors()) {
			try {
				ReferenceSet created = this.references.create(form.code(),
						LocalizedText.of(locale.getLanguage(), form.name().strip()), form.indicators(),
						form.periodicity(), form.visibility(),
						new ReferenceSource(form.sourceName(), form.sourceUrl(), form.sourceRetrieved()), viewer);
				return "redirect:/reference-sets/" + created.set().id() + "?created";
			}
			catch (RuleViolation ex) {
				RuleErrors.reject(errors, ex);
			}
		}
		return listPage(model, viewer, form);
	}

	private String listPage(Model model, Viewer viewer, ReferenceSetForm form) {
		model.addAttribute("sets", this.references.all(viewer));
		model.addAttribute("canKeep", ReferenceSets.canKeep(viewer));
		model.addAttribute("catalogue", this.catalogue.indicators());
		model.addAttribute("periodicities", Periodicity.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("form", form);
		return "reporting/reference-sets";
	}

	@GetMapping("/reference-sets/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String groups, Viewer viewer, Model model) {
		model.addAttribute("figuresForm", new FiguresForm(null));
		if (groups != null && GROUP_CODES.matcher(groups).matches()) {
			// only codes, so a crafted address cannot put words on the page
			model.addAttribute("groupsLeftOut", String.join(", ", groups.split("-")));
		}
		return detail(model, viewer, this.references.find(id, viewer).orElseThrow(NotFoundException::new));
	}

	private static final java.util.regex.Pattern GROUP_CODES = java.util.regex.Pattern
		.compile("[A-Z0-9]{3}(-[A-Z0-9]{3}){0,99}");

	/** A CSV file of reference figures. */
	record FiguresForm(MultipartFile file) {
	}

	@PostMapping("/reference-sets/{id}/figures")
	String load(@PathVariable UUID id, @ModelAttribute("figuresForm") FiguresForm form, BindingResult errors,
			Viewer viewer, Model model) {
		ReferenceSet set = this.references.find(id, viewer).orElseThrow(NotFoundException::new);
		if (!ReferenceSets.canKeep(viewer)) {
			throw new ForbiddenException();
		}
		MultipartFile file = form.file();
		if (file == null || file.isEmpty()) {
			errors.reject("data.reference.empty");
			return detail(model, viewer, set);
		}
		try (InputStream in = file.getInputStream()) {
			ReferenceSets.Saved saved = this.references.save(id, in, viewer);
			return "redirect:/reference-sets/" + id + "?saved=" + saved.figures()
					+ (saved.groupsLeftOut().isEmpty() ? "" : "&groups=" + String.join("-", saved.groupsLeftOut()));
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
		}
		catch (IOException ex) {
			errors.reject("data.reference.file-unreadable");
		}
		return detail(model, viewer, set);
	}

	private String detail(Model model, Viewer viewer, ReferenceSet set) {
		model.addAttribute("reference", set);
		model.addAttribute("figures", this.references.count(set.set().id()));
		model.addAttribute("canKeep", ReferenceSets.canKeep(viewer));
		return "reporting/reference-set";
	}

}
