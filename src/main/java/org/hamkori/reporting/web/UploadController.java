package org.hamkori.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.hamkori.formats.ColumnMapping;
import org.hamkori.formats.CsvOptions;
import org.hamkori.formats.CsvPreview;
import org.hamkori.formats.FileFormatException;
import org.hamkori.reporting.CountryColumns;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.DataUploads.Upload;
import org.hamkori.reporting.DataUploads;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.Submissions;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.text.Texts;
import org.hamkori.shared.web.HtmxRequests;
import org.hamkori.shared.web.RedirectProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading a data file: receive it, let the reporter confirm how a CSV's columns map
 * onto indicator, period, value and breakdowns, check it (every problem by row, nothing
 * saved), then save it; both runs show their progress on the page while they read the
 * file.
 */
@Controller
class UploadController {

	private final DataUploads uploads;

	private final DataSets dataSets;

	private final Submissions submissions;

	private final DataPages pages;

	private final DataMessages messages;

	private final CountryColumns countryColumns;

	UploadController(DataUploads uploads, DataSets dataSets, Submissions submissions, DataPages pages,
			DataMessages messages, CountryColumns countryColumns) {
		this.countryColumns = countryColumns;
		this.uploads = uploads;
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.pages = pages;
		this.messages = messages;
	}

	/** The file chosen on the report's page. */
	record UploadForm(MultipartFile file) {
	}

	@PostMapping("/data/obligations/{id}/uploads")
	String receive(@PathVariable UUID id, @ModelAttribute UploadForm form, Viewer viewer) throws IOException {
		Obligation obligation = this.pages.obligation(id, viewer);
		MultipartFile file = form.file();
		String page = "/data/obligations/" + obligation.id();
		if (file == null || file.isEmpty()) {
			return RedirectProblems.redirect(page, "data.file.empty") + "#upload";
		}
		try (InputStream in = file.getInputStream()) {
			Upload upload = this.uploads.receive(obligation.id(), file.getOriginalFilename(), in, viewer);
			if (upload.layout() != DataUploads.Layout.LONG && upload.layout() != DataUploads.Layout.WIDE) {
				this.uploads.start(upload.id(), false, null, viewer);
			}
			return "redirect:/data/uploads/" + upload.id();
		}
		catch (FileFormatException ex) {
			return RedirectProblems.redirect(page, ex.messageKey(), ex.arguments()) + "#upload";
		}
	}

	@GetMapping("/data/uploads/{id}")
	String show(@PathVariable UUID id, Viewer viewer, Locale locale, Model model, HttpServletRequest request)
			throws IOException {
		Upload upload = this.uploads.mine(id, viewer);
		Obligation obligation = this.pages.obligation(upload.obligationId(), viewer);
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		this.pages.context(model, this.pages.mechanism(obligation.mechanismId()));
		model.addAttribute("upload", upload);
		model.addAttribute("obligation", obligation);
		model.addAttribute("set", set);
		if (upload.failure() != null) {
			String[] parts = upload.failure().split("\\|");
			List<String> arguments = new ArrayList<>(List.of(parts).subList(1, parts.length));
			model.addAttribute("failure", this.messages.text(parts[0], arguments, locale));
		}
		boolean mapping = (upload.layout() == DataUploads.Layout.LONG || upload.layout() == DataUploads.Layout.WIDE)
				&& !upload.status().running() && upload.status() != DataUploads.Status.SAVED;
		if (mapping) {
			CsvPreview preview = this.uploads.preview(id);
			model.addAttribute("preview", preview);
			model.addAttribute("roles", roles(preview, upload.options().mapping()));
			model.addAttribute("roleChoices", ColumnMapping.ROLES);
			char delimiter = upload.options().delimiter();
			model.addAttribute("delimiter", (delimiter == '\t') ? "tab" : String.valueOf(delimiter));
			// a guess that takes the reporting country for a partner is shown as such
			model.addAttribute("counterpartIsOwn",
					this.countryColumns.reportingCountryAsCounterpart(set, preview, upload.options().mapping()));
		}
		model.addAttribute("reportingCountry", this.countryColumns.reportingCountry(set).orElse(null));
		model.addAttribute("offerOwnCountry",
				upload.status() == DataUploads.Status.CHECKED && !upload.ownCountryOnly() && upload.report() != null
						&& upload.report()
							.problems()
							.stream()
							.anyMatch((p) -> "data.row.other-countries-found".equals(p.key())));
		model.addAttribute("mapping", mapping);
		boolean needsReason = upload.report() != null
				&& upload.report().problems().stream().anyMatch((p) -> "data.period.approved".equals(p.key()));
		model.addAttribute("needsReason", needsReason);
		model.addAttribute("revising", upload.status() == DataUploads.Status.CHECKED && upload.report() != null
				&& revises(obligation, upload.report().periods()));
		if (upload.status() == DataUploads.Status.SAVED && upload.report() != null) {
			Map<String, UUID> reports = new LinkedHashMap<>();
			for (String period : upload.report().periods()) {
				this.submissions.current(obligation.id(), org.hamkori.indicators.Period.of(period))
					.ifPresent((s) -> reports.put(period, s.id()));
			}
			model.addAttribute("reports", reports);
		}
		if (HtmxRequests.isHtmx(request)) {
			return "reporting/upload :: progress";
		}
		return "reporting/upload";
	}

	/** Whether saving would revise an approved report, which needs a reason. */
	private boolean revises(Obligation obligation, List<String> periods) {
		return periods.stream()
			.map((p) -> this.submissions.current(obligation.id(), org.hamkori.indicators.Period.of(p)))
			.flatMap(java.util.Optional::stream)
			.anyMatch((s) -> !s.status().editable());
	}

	/** The mapping form's roles, one per header, in header order. */
	private static List<Map.Entry<String, String>> roles(CsvPreview preview, ColumnMapping mapping) {
		List<Map.Entry<String, String>> roles = new ArrayList<>();
		for (String header : preview.headers()) {
			String role = mapping.role(header);
			roles.add(Map.entry(header, (role != null) ? role : ColumnMapping.IGNORE));
		}
		return roles;
	}

	/**
	 * How the file is read: each column's role by its position ({@code role[0]}), the
	 * delimiter, the decimal comma, an indicator and a period for the whole file, and the
	 * reason for revising approved figures.
	 */
	record MappingForm(Map<String, String> role, String delimiter, String decimalComma, String fixedIndicator,
			String fixedPeriod, String revisionReason) {
	}

	@PostMapping("/data/uploads/{id}/check")
	String check(@PathVariable UUID id, @ModelAttribute MappingForm form, Viewer viewer) throws IOException {
		Upload upload = this.uploads.mine(id, viewer);
		if (upload.options() != null) {
			CsvPreview preview = this.uploads.preview(id);
			Map<String, String> roles = new LinkedHashMap<>();
			Map<String, String> chosen = (form.role() != null) ? form.role() : Map.of();
			for (int i = 0; i < preview.headers().size(); i++) {
				String role = chosen.getOrDefault(String.valueOf(i), ColumnMapping.IGNORE);
				if (!ColumnMapping.IGNORE.equals(role)) {
					roles.put(preview.headers().get(i), role);
				}
			}
			String delimiter = (form.delimiter() != null) ? form.delimiter()
					: String.valueOf(upload.options().delimiter());
			try {
				CsvOptions options = new CsvOptions(delimiter(delimiter), form.decimalComma() != null,
						ColumnMapping.of(roles), form.fixedIndicator(), form.fixedPeriod());
				this.uploads.configure(id, options, viewer);
			}
			catch (IllegalArgumentException ex) {
				return RedirectProblems.redirect("/data/uploads/" + id, "data.upload.mapping-invalid");
			}
		}
		this.uploads.start(id, false, Texts.blankToNull(form.revisionReason()), viewer);
		return "redirect:/data/uploads/" + id;
	}

	private static char delimiter(String chosen) {
		return switch (chosen) {
			case ";" -> ';';
			case "tab" -> '\t';
			default -> ',';
		};
	}

	/**
	 * Keeps only the rows of the mechanism's own country and checks the file again: the
	 * other countries' rows are skipped and named instead of refused.
	 */
	@PostMapping("/data/uploads/{id}/own-country")
	String keepOwnCountry(@PathVariable UUID id, Viewer viewer) {
		try {
			this.uploads.keepOwnCountry(id, viewer);
		}
		catch (RuleViolation ex) {
			return RedirectProblems.redirect("/data/uploads/" + id, ex.messageKey(), ex.arguments());
		}
		return "redirect:/data/uploads/" + id;
	}

	/** The reason for revising approved figures, when the check found some. */
	record SaveForm(String revisionReason) {
	}

	@PostMapping("/data/uploads/{id}/save")
	String save(@PathVariable UUID id, @ModelAttribute SaveForm form, Viewer viewer) {
		try {
			this.uploads.start(id, true, Texts.blankToNull(form.revisionReason()), viewer);
		}
		catch (RuleViolation ex) {
			return RedirectProblems.redirect("/data/uploads/" + id, ex.messageKey(), ex.arguments());
		}
		return "redirect:/data/uploads/" + id;
	}

}
