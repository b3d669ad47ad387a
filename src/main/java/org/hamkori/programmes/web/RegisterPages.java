package org.hamkori.programmes.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Organisation;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** What the programme and agreement pages share: rights, choices and links. */
@Component
class RegisterPages {

	private final Directory directory;

	RegisterPages(Directory directory) {
		this.directory = directory;
	}

	/** The mechanism, for its secretariat only (members 403, everyone else 404). */
	Mechanism managed(String code, Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.canManage(mechanism.id())) {
			throw viewer.isMemberOf(mechanism.id()) ? new org.hamkori.shared.web.ForbiddenException()
					: new org.hamkori.shared.web.NotFoundException();
		}
		return mechanism;
	}

	Mechanism mechanism(java.util.UUID id) {
		return this.directory.mechanism(id).orElseThrow(org.hamkori.shared.web.NotFoundException::new);
	}

	/**
	 * The organisations a form offers: those of the mechanism's country and international
	 * ones (all of them for the RCM), by name in the reader's language.
	 */
	List<Organisation> organisationChoices(Mechanism mechanism, Locale locale) {
		return this.directory.organisations()
			.stream()
			.filter((o) -> mechanism.regional() || o.countryCode() == null
					|| o.countryCode().equals(mechanism.countryCode()))
			.sorted(Comparator.comparing((Organisation o) -> o.name().in(locale), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** Context every page of the register needs. */
	void context(Model model, Mechanism mechanism) {
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("organisations", this.directory.organisationsById());
		model.addAttribute("today", this.directory.today());
		String national = Titles.nationalLanguage(mechanism);
		model.addAttribute("nationalLanguage", national);
		model.addAttribute("nationalLanguageName", Titles.languageName(national));
	}

	/**
	 * A list's address with its filters (name, value pairs; nulls left out) and a page.
	 */
	static String link(String base, int page, Object... pairs) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				uri.queryParam((String) pairs[i], pairs[i + 1]);
			}
		}
		return uri.queryParam("page", page).build().encode().toUriString();
	}

}
