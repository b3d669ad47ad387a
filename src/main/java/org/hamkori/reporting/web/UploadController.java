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
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.DataUploads.Upload;
import org.hamkori.reporting.DataUploads;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.Submissions;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.HtmxRequests;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	UploadController(DataUploads uploads, DataSets dataSets, Submissions submissions, DataPages pages,
			DataMessages messages) {
		this.uploads = uploads;
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.pages = pages;
		this.messages = messages;
	}

	@PostMapping("/data/obligations/{id}/uploads")
	String receive(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Viewer viewer,
			Locale locale, RedirectAttributes redirect) throws IOException {
		Obligation obligation = this.pages.obligation(id, viewer);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("uploadError", this.messages.text("data.file.empty", locale));
			return "redirect:/data/obligations/" + obligation.id() + "#upload";
		}
		try (InputStream in = file.getInputStream()) {
			Upload upload = this.uploads.receive(obligation.id(), file.getOriginalFilename(), in, viewer);
			if (upload.layout() == DataUploads.Layout.LONG || upload.layout() == DataUploads.Layout.WIDE) {
				return "redirect:/data/uploads/" + upload.id();
			}
			this.uploads.start(upload.id(), false, null, viewer);
			return "redirect:/data/uploads/" + upload.id();
		}
		catch (FileFormatException ex) {
			redirect.addFlashAttribute("uploadError",
					this.messages.text(ex.messageKey(), List.of(args(ex.arguments())), locale));
			return "redirect:/data/obligations/" + obligation.id() + "#upload";
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
		}
		model.addAttribute("mapping", mapping);
		boolean needsReason = upload.report() != null
				&& upload.report().problems().stream().anyMatch((p) -> "data.period.approved".equals(p.key()));
		model.addAttribute("needsReason", needsReason);
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

	/** The mapping form's roles, one per header, in header order. */
	private static List<Map.Entry<String, String>> roles(CsvPreview preview, ColumnMapping mapping) {
		List<Map.Entry<String, String>> roles = new ArrayList<>();
		for (String header : preview.headers()) {
			String role = mapping.role(header);
			roles.add(Map.entry(header, (role != null) ? role : ColumnMapping.IGNORE));
		}
		return roles;
	}

	@PostMapping("/data/uploads/{id}/check")
	String check(@PathVariable UUID id, @RequestParam Map<String, String> form, Viewer viewer, Locale locale,
			RedirectAttributes redirect) throws IOException {
		Upload upload = this.uploads.mine(id, viewer);
		if (upload.options() != null) {
			CsvPreview preview = this.uploads.preview(id);
			Map<String, String> roles = new LinkedHashMap<>();
			for (int i = 0; i < preview.headers().size(); i++) {
				String role = form.getOrDefault("role." + i, ColumnMapping.IGNORE);
				if (!ColumnMapping.IGNORE.equals(role)) {
					roles.put(preview.headers().get(i), role);
				}
			}
			char delimiter = switch (form.getOrDefault("delimiter", String.valueOf(upload.options().delimiter()))) {
				case ";" -> ';';
				case "tab" -> '\t';
				default -> ',';
			};
			try {
				CsvOptions options = new CsvOptions(delimiter, form.containsKey("decimalComma"),
						ColumnMapping.of(roles), form.get("fixedIndicator"), form.get("fixedPeriod"));
				this.uploads.configure(id, options, viewer);
			}
			catch (IllegalArgumentException ex) {
				redirect.addFlashAttribute("mappingError", this.messages.text("data.upload.mapping-invalid", locale));
				return "redirect:/data/uploads/" + id;
			}
		}
		String reason = form.getOrDefault("revisionReason", "").trim();
		this.uploads.start(id, false, reason.isEmpty() ? null : reason, viewer);
		redirect.addFlashAttribute("revisionReason", reason);
		return "redirect:/data/uploads/" + id;
	}

	@PostMapping("/data/uploads/{id}/save")
	String save(@PathVariable UUID id, @RequestParam(defaultValue = "") String revisionReason, Viewer viewer,
			Locale locale, RedirectAttributes redirect) {
		try {
			this.uploads.start(id, true, revisionReason.isBlank() ? null : revisionReason.trim(), viewer);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("mappingError", this.messages.text(ex, locale));
		}
		return "redirect:/data/uploads/" + id;
	}

	private static String[] args(Object[] arguments) {
		return java.util.Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
	}

}
