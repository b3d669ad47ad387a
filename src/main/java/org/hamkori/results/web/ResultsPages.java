package org.hamkori.results.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hamkori.directory.Country;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.results.Area;
import org.hamkori.results.ResultsFramework;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the results and workplan pages share: the programme, its mechanism, whether the
 * reader may edit, and the programme's areas with their names.
 */
@Component
class ResultsPages {

	private final ResultsFramework framework;

	private final Directory directory;

	private final MessageSource messages;

	ResultsPages(ResultsFramework framework, Directory directory, MessageSource messages) {
		this.framework = framework;
		this.directory = directory;
		this.messages = messages;
	}

	/** An area's name in the reader's language: the country's, or the region's. */
	String areaName(String area, Locale locale) {
		if (Area.isRegion(area)) {
			return this.messages.getMessage("results.area.region", null, area, locale);
		}
		Country country = this.directory.countries().get(area);
		return (country != null) ? country.name().in(locale) : area;
	}

	/**
	 * The confirmation page before a deletion: what goes, the question asked, where the
	 * form posts and the hidden fields it carries.
	 */
	String confirm(Model model, ProgrammeRef programme, Viewer viewer, String what, String question, String action,
			Map<String, String> hidden) {
		context(model, programme, viewer);
		model.addAttribute("what", what);
		model.addAttribute("question", question);
		model.addAttribute("action", action);
		model.addAttribute("hidden", hidden);
		return "results/confirm";
	}

	void context(Model model, ProgrammeRef programme, Viewer viewer) {
		Mechanism mechanism = this.directory.mechanism(programme.mechanismId()).orElseThrow(NotFoundException::new);
		model.addAttribute("programme", programme);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("canEdit", this.framework.canEdit(programme, viewer));
		List<String> areas = this.framework.areas(programme);
		Map<String, LocalizedText> names = new LinkedHashMap<>();
		Map<String, Country> countries = this.directory.countries();
		areas.stream()
			.filter((a) -> !Area.isRegion(a) && countries.containsKey(a))
			.forEach((a) -> names.put(a, countries.get(a).name()));
		model.addAttribute("areas", areas);
		model.addAttribute("areaNames", names);
	}

}
