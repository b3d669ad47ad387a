package org.hamkori.sdg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.sdg.ItemAnswer;
import org.hamkori.sdg.RoundAnswers;
import org.hamkori.sdg.RoundScore;
import org.hamkori.sdg.Sdg1072Items;
import org.hamkori.sdg.Sdg1072Round;
import org.hamkori.sdg.Sdg1072Rounds;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SDG 10.7.2 self-assessment pages: a mechanism's rounds, a round's form grouped by
 * domain with its live score and history, the confirmation before submitting, and the
 * regional comparison of submitted rounds. The secretariat fills and submits; members
 * read; regional readers see submitted rounds of every country; others get 404.
 */
@Controller
class Sdg1072Controller {

	private final Sdg1072Rounds rounds;

	private final Directory directory;

	Sdg1072Controller(Sdg1072Rounds rounds, Directory directory) {
		this.rounds = rounds;
		this.directory = directory;
	}

	@GetMapping("/mechanisms/{code}/sdg-10-7-2")
	String list(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (mechanism.regional()) {
			if (!Sdg1072Rounds.readsRegionally(viewer)) {
				throw new NotFoundException();
			}
			return "redirect:/regional/sdg-10-7-2";
		}
		model.addAttribute("form", new RoundForms.Start(null, null));
		return list(mechanism, viewer, model);
	}

	@PostMapping("/mechanisms/{code}/sdg-10-7-2")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") RoundForms.Start form, BindingResult errors,
			Viewer viewer, Model model, HttpServletResponse response) {
		TypedInput.require(errors);
		Integer year = form.year();
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.canManage(mechanism.id())) {
			throw (viewer.isMemberOf(mechanism.id())) ? new ForbiddenException() : new NotFoundException();
		}
		try {
			this.rounds.create(mechanism.id(), year, form.visibility(), viewer);
			return "redirect:/mechanisms/" + mechanism.code() + "/sdg-10-7-2/" + year + "?created";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return list(mechanism, viewer, model);
		}
	}

	@GetMapping("/mechanisms/{code}/sdg-10-7-2/{year}")
	String round(@PathVariable String code, @PathVariable int year, Viewer viewer, Model model) {
		Mechanism mechanism = national(code);
		Sdg1072Round round = this.rounds.visible(mechanism.id(), year, viewer);
		return page(model, mechanism, round, round.answers(), viewer);
	}

	@PostMapping("/mechanisms/{code}/sdg-10-7-2/{year}")
	String save(@PathVariable String code, @PathVariable int year,
			@Valid @ModelAttribute("form") RoundForms.Answers form, BindingResult errors, Viewer viewer, Model model,
			HttpServletResponse response) {
		Mechanism mechanism = national(code);
		Sdg1072Round round = this.rounds.visible(mechanism.id(), year, viewer);
		if (!viewer.canManage(mechanism.id())) {
			throw new ForbiddenException();
		}
		Map<String, String> answers = form.answerValues();
		Map<String, String> comments = form.commentValues();
		long version = parseVersion(form.version());
		Map<String, ItemAnswer> parsed;
		try {
			parsed = RoundAnswers.parse(answers, comments);
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problemItems", problemItems(ex));
			return page(model, mechanism, round, typed(answers, comments), viewer);
		}
		try {
			this.rounds.save(round.id(), parsed, version, viewer);
		}
		catch (RuleViolation ex) {
			if (!Sdg1072Rounds.LOCKED.equals(ex.messageKey())) {
				throw ex;
			}
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("locked", true);
			Sdg1072Round current = this.rounds.visible(mechanism.id(), year, viewer);
			return page(model, mechanism, current, current.answers(), viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			Sdg1072Round current = this.rounds.visible(mechanism.id(), year, viewer);
			model.addAttribute("conflict", current);
			return page(model, mechanism, current, parsed, viewer);
		}
		String base = "redirect:/mechanisms/" + mechanism.code() + "/sdg-10-7-2/" + year;
		return "review".equals(form.intent()) ? base + "/submit" : base + "?saved";
	}

	/** The score of the answers on the form, not saved: the live panel (htmx). */
	@PostMapping("/mechanisms/{code}/sdg-10-7-2/{year}/score")
	String score(@PathVariable String code, @PathVariable int year,
			@Valid @ModelAttribute("form") RoundForms.Answers form, BindingResult errors, Viewer viewer, Model model) {
		Mechanism mechanism = national(code);
		this.rounds.visible(mechanism.id(), year, viewer);
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		form.answerValues().forEach((item, value) -> {
			try {
				answers.putAll(RoundAnswers.parse(Map.of(item, value), Map.of()));
			}
			catch (RuleViolation ex) {
				// an unknown item or answer counts as missing in the preview
			}
		});
		model.addAttribute("score", RoundScore.of(answers));
		model.addAttribute("domains", Sdg1072Items.domains());
		return "sdg/round :: score";
	}

	@GetMapping("/mechanisms/{code}/sdg-10-7-2/{year}/submit")
	String confirm(@PathVariable String code, @PathVariable int year, Viewer viewer, Model model) {
		Mechanism mechanism = national(code);
		Sdg1072Round round = this.rounds.visible(mechanism.id(), year, viewer);
		if (!viewer.canManage(mechanism.id())) {
			throw new ForbiddenException();
		}
		if (!round.isDraft()) {
			return "redirect:/mechanisms/" + mechanism.code() + "/sdg-10-7-2/" + year;
		}
		return confirmation(model, mechanism, round);
	}

	@PostMapping("/mechanisms/{code}/sdg-10-7-2/{year}/submit")
	String submit(@PathVariable String code, @PathVariable int year, @Valid @ModelAttribute RoundForms.Submit form,
			BindingResult errors, Viewer viewer, Model model, HttpServletResponse response) {
		Mechanism mechanism = national(code);
		Sdg1072Round round = this.rounds.visible(mechanism.id(), year, viewer);
		if (!viewer.canManage(mechanism.id())) {
			throw new ForbiddenException();
		}
		try {
			this.rounds.submit(round.id(), parseVersion(form.version()), viewer);
			return "redirect:/mechanisms/" + mechanism.code() + "/sdg-10-7-2/" + year + "?submitted";
		}
		catch (RuleViolation ex) {
			if (!Sdg1072Rounds.LOCKED.equals(ex.messageKey())) {
				throw ex;
			}
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("locked", true);
			return page(model, mechanism, round, round.answers(), viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("changed", true);
			return confirmation(model, mechanism, this.rounds.visible(mechanism.id(), year, viewer));
		}
	}

	@GetMapping("/regional/sdg-10-7-2")
	String comparison(@RequestParam(required = false) Integer year, Viewer viewer, Model model) {
		List<Integer> years = this.rounds.submittedYears(viewer);
		int shown = (year != null) ? year : (years.isEmpty() ? this.directory.today().getYear() - 1 : years.get(0));
		model.addAttribute("rows", this.rounds.comparison(shown, viewer));
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("domains", Sdg1072Items.domains());
		model.addAttribute("regional", this.directory.mechanismOrThrow(Mechanism.REGIONAL_CODE));
		return "sdg/comparison";
	}

	// --- pages -------------------------------------------------------------------------

	private String list(Mechanism mechanism, Viewer viewer, Model model) {
		RoundForms.Start form = (RoundForms.Start) model.getAttribute("form");
		if (!this.rounds.canOpenList(mechanism, viewer)) {
			throw new NotFoundException();
		}
		List<Sdg1072Round> visible = this.rounds.ofMechanism(mechanism.id(), viewer);
		// the secretariat sees every round of its mechanism, so these are all the years
		// taken
		Set<Integer> taken = visible.stream().map(Sdg1072Round::year).collect(Collectors.toSet());
		List<Integer> open = new ArrayList<>();
		if (viewer.canManage(mechanism.id())) {
			for (int y = this.rounds.lastYear(); y >= Sdg1072Rounds.FIRST_YEAR; y--) {
				if (!taken.contains(y)) {
					open.add(y);
				}
			}
		}
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("rounds", visible);
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("regionalReader", Sdg1072Rounds.readsRegionally(viewer));
		model.addAttribute("openYears", open);
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("chosenYear", (form.year() != null) ? form.year() : (open.isEmpty() ? null : open.get(0)));
		model.addAttribute("chosenVisibility", (form.visibility() != null) ? form.visibility() : Visibility.MEMBERS);
		model.addAttribute("domains", Sdg1072Items.domains());
		return "sdg/list";
	}

	private String page(Model model, Mechanism mechanism, Sdg1072Round round, Map<String, ItemAnswer> values,
			Viewer viewer) {
		Map<Integer, List<Sdg1072Items.Item>> byDomain = new LinkedHashMap<>();
		for (int d : Sdg1072Items.domains()) {
			byDomain.put(d, Sdg1072Items.ofDomain(d));
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RoundForms.Answers(null, null, null, null));
		}
		if (!model.containsAttribute("problemItems")) {
			model.addAttribute("problemItems", Set.of());
		}
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("round", round);
		model.addAttribute("values", values);
		model.addAttribute("score", RoundScore.of(values));
		model.addAttribute("domains", Sdg1072Items.domains());
		model.addAttribute("itemsByDomain", byDomain);
		model.addAttribute("items", Sdg1072Items.ALL);
		model.addAttribute("canEdit", round.isDraft() && viewer.canManage(mechanism.id()));
		model.addAttribute("history", this.rounds.history(round.id()));
		model.addAttribute("version", round.version());
		model.addAttribute("commentMax", Sdg1072Rounds.COMMENT_MAX);
		model.addAttribute("regionalReader", Sdg1072Rounds.readsRegionally(viewer));
		return "sdg/round";
	}

	private String confirmation(Model model, Mechanism mechanism, Sdg1072Round round) {
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("round", round);
		model.addAttribute("score", round.score());
		model.addAttribute("domains", Sdg1072Items.domains());
		return "sdg/submit";
	}

	private Mechanism national(String code) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (mechanism.regional()) {
			throw new NotFoundException();
		}
		return mechanism;
	}

	/** The items the refused answers were about, to mark on the form. */
	private static Set<String> problemItems(RuleViolation violation) {
		Set<String> items = new TreeSet<>();
		violation.problems().forEach((p) -> {
			if (p.field() != null) {
				items.add(p.field());
			}
		});
		return items;
	}

	/** What the user typed, kept for the form when it cannot be stored. */
	private static Map<String, ItemAnswer> typed(Map<String, String> answers, Map<String, String> comments) {
		Map<String, ItemAnswer> result = new LinkedHashMap<>();
		for (Sdg1072Items.Item item : Sdg1072Items.ALL) {
			String raw = answers.get(item.code());
			org.hamkori.sdg.Sdg1072.Answer answer = null;
			if (raw != null) {
				for (org.hamkori.sdg.Sdg1072.Answer choice : item.choices()) {
					if (choice.name().equals(raw)) {
						answer = choice;
					}
				}
			}
			result.put(item.code(), new ItemAnswer(item.code(), answer, comments.get(item.code())));
		}
		return result;
	}

	private static long parseVersion(String version) {
		try {
			return (version != null) ? Long.parseLong(version.trim()) : -1L;
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
