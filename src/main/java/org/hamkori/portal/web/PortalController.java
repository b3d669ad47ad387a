package org.hamkori.portal.web;

import java.util.Locale;
import java.util.UUID;

import org.hamkori.directory.Mechanism;
import org.hamkori.portal.PublicPortal;
import org.hamkori.shared.i18n.I18n;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public portal's pages, open to anyone and the same for everyone: they show only
 * what {@link PublicPortal} calls public, whoever is signed in.
 */
@Controller
class PortalController {

	private final PublicPortal portal;

	private final I18n i18n;

	PortalController(PublicPortal portal, I18n i18n) {
		this.portal = portal;
		this.i18n = i18n;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("mechanisms", this.portal.mechanisms());
		model.addAttribute("countries", this.portal.countries());
		model.addAttribute("upcoming", this.portal.upcoming());
		model.addAttribute("decisions", this.portal.latestDecisions(5));
		model.addAttribute("policyChanges", this.portal.latestPolicyChanges(5));
		model.addAttribute("figures", this.portal.figures());
		model.addAttribute("mechanismsById",
				this.portal.mechanisms().stream().collect(java.util.stream.Collectors.toMap(Mechanism::id, (m) -> m)));
		meta(model, this.i18n.message("portal.home.title"), this.i18n.message("portal.home.description"), "/", null);
		return "portal/home";
	}

	@GetMapping("/public/{code}")
	String mechanism(@PathVariable String code, Model model) {
		Mechanism m = mechanismOrThrow(code);
		PublicPortal.MechanismView view = this.portal.mechanismPage(m);
		model.addAttribute("view", view);
		model.addAttribute("countries", this.portal.countries());
		String name = this.i18n.text(m.name());
		meta(model, name, this.i18n.message("portal.mechanism.description", name), "/public/" + m.code(),
				"/public/" + m.code() + "/decisions.atom");
		return "portal/mechanism";
	}

	@GetMapping("/public/meetings/{id}")
	String meeting(@PathVariable UUID id, Locale locale, Model model) {
		PublicPortal.MeetingView view = this.portal.meeting(id).orElseThrow(NotFoundException::new);
		model.addAttribute("view", view);
		model.addAttribute("summary", this.portal.summary(id, locale).orElse(null));
		model.addAttribute("decisions", this.portal.decisionsOf(id));
		meta(model, view.code() + " · " + this.i18n.text(view.mechanism().name()),
				this.i18n.message("portal.meeting.description", view.code()), "/public/meetings/" + id,
				"/public/" + view.mechanism().code() + "/meetings.atom");
		return "portal/meeting";
	}

	@GetMapping("/public/decisions/{id}")
	String decision(@PathVariable UUID id, Model model) {
		PublicPortal.DecisionView view = this.portal.decision(id).orElseThrow(NotFoundException::new);
		model.addAttribute("d", view);
		meta(model, view.decision().number(), this.i18n.text(view.decision().decision().text()),
				"/public/decisions/" + id, null);
		return "portal/decision";
	}

	@GetMapping("/public/recommendations/{id}")
	String recommendation(@PathVariable UUID id, Model model) {
		PublicPortal.RecommendationView view = this.portal.recommendation(id).orElseThrow(NotFoundException::new);
		model.addAttribute("r", view);
		meta(model, this.i18n.message("portal.recommendation.title"),
				this.i18n.text(view.recommendation().recommendation().text()), "/public/recommendations/" + id, null);
		return "portal/recommendation";
	}

	@GetMapping("/public/accountability")
	String accountability(Model model) {
		model.addAttribute("views", this.portal.mechanisms().stream().map(this.portal::mechanismPage).toList());
		meta(model, this.i18n.message("portal.accountability.title"),
				this.i18n.message("portal.accountability.description"), "/public/accountability", null);
		return "portal/accountability";
	}

	private Mechanism mechanismOrThrow(String code) {
		return this.portal.mechanism(code).orElseThrow(NotFoundException::new);
	}

	private static void meta(Model model, String title, String description, String path, String feed) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		model.addAttribute("pageMeta",
				new PageMeta(title, description, base + path, (feed != null) ? base + feed : null));
	}

}
