package org.hamkori.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.hamkori.analytics.TrendsBrief;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.TypedInput;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The migration trends brief: a page to choose the years, the PDF (built for the reader's
 * rights, in the reader's language), and for the secretariat a one-click attachment to a
 * planned meeting of the mechanism.
 */
@Controller
class TrendsBriefController {

	private final Directory directory;

	private final TrendsBrief briefs;

	private final AnalyticsFigures figures;

	TrendsBriefController(Directory directory, TrendsBrief briefs, AnalyticsFigures figures) {
		this.directory = directory;
		this.briefs = briefs;
		this.figures = figures;
	}

	@GetMapping("/mechanisms/{code}/trends-brief")
	String page(@PathVariable String code, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		int end = (to != null) ? to : this.figures.currentYear();
		int start = (from != null) ? from : end - 2;
		this.figures.checkSpan(start, end);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("from", Math.min(start, end));
		model.addAttribute("to", Math.max(start, end));
		model.addAttribute("brief",
				this.briefs.build(mechanism, Math.min(start, end), Math.max(start, end), viewer, locale));
		model.addAttribute("meetings", this.briefs.attachable(mechanism, viewer));
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		return "analytics/brief";
	}

	@GetMapping("/mechanisms/{code}/trends-brief.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Viewer viewer, Locale locale) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		int end = (to != null) ? to : this.figures.currentYear();
		int start = (from != null) ? from : end - 2;
		this.figures.checkSpan(start, end);
		byte[] body = this.briefs.pdf(mechanism, clamp(start), clamp(end), viewer, locale);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename("trends-brief-" + mechanism.code() + "-" + start + "-" + end + ".pdf", StandardCharsets.UTF_8)
			.build());
		headers.setCacheControl("no-store");
		return ResponseEntity.ok().headers(headers).body(body);
	}

	/** The planned meeting to attach the brief to, and the years it covers. */
	record AttachForm(UUID meeting, Integer from, Integer to) {
	}

	@PostMapping("/mechanisms/{code}/trends-brief/attach")
	String attach(@PathVariable String code, @ModelAttribute AttachForm form, BindingResult errors, Viewer viewer,
			Locale locale) {
		UUID meeting = TypedInput.required(errors, form.meeting());
		int from = TypedInput.required(errors, form.from());
		int to = TypedInput.required(errors, form.to());
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		this.figures.checkSpan(from, to);
		this.briefs.attach(mechanism, meeting, clamp(from), clamp(to), viewer, locale);
		return "redirect:/meetings/" + meeting + "?uploaded#documents";
	}

	private static int clamp(int year) {
		return Math.max(1000, Math.min(9999, year));
	}

}
