package org.hamkori.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.formats.TemplateSpec;
import org.hamkori.formats.XlsxTemplate;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.Submissions;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The XLSX template of a data set and period: the same cells as the entry grid, already
 * holding the report's figures, for institutions that prepare figures in Excel.
 */
@Controller
class TemplateController {

	/** Open lines below the expected ones in a template with breakdowns. */
	static final int SPARE_LINES = 30;

	private final DataSets dataSets;

	private final Submissions submissions;

	private final DataPages pages;

	private final MessageSource messages;

	TemplateController(DataSets dataSets, Submissions submissions, DataPages pages, MessageSource messages) {
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.pages = pages;
		this.messages = messages;
	}

	/**
	 * Spare lines with the full code lists, so a figure beyond the grid's rows (another
	 * country) fits the template too (decision 0025).
	 */
	private TemplateSpec.Choices choices(DataSet set, List<String> used,
			Map<String, IndicatorCatalogue.Dimension> dimensions, Map<String, IndicatorCatalogue.Indicator> indicators,
			Locale locale) {
		List<TemplateSpec.Code> items = set.indicators()
			.stream()
			.map((i) -> new TemplateSpec.Code(i.indicator(), indicators.get(i.indicator()).name().in(locale)))
			.toList();
		Map<String, List<TemplateSpec.Code>> codes = new LinkedHashMap<>();
		for (String d : used) {
			codes.put(d,
					dimensions.get(d)
						.codes()
						.stream()
						.filter((c) -> !c.code().equals(Dimensions.TOTAL))
						.map((c) -> new TemplateSpec.Code(c.code(), c.name().in(locale)))
						.toList());
		}
		return new TemplateSpec.Choices(text("data.file.template.sheet.codes", locale), items, codes,
				used.isEmpty() ? 0 : SPARE_LINES);
	}

	@GetMapping("/data/obligations/{id}/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable UUID id, @RequestParam String period, Viewer viewer, Locale locale)
			throws IOException {
		Obligation obligation = this.pages.obligation(id, viewer);
		if (!this.submissions.canReport(obligation, viewer)) {
			throw new NotFoundException();
		}
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		Period p = Period.parse(period)
			.flatMap((parsed) -> parsed.in(set.periodicity()))
			.orElseThrow(NotFoundException::new);
		Map<String, IndicatorCatalogue.Dimension> dimensions = this.pages.dimensions();
		Map<String, IndicatorCatalogue.Indicator> indicators = this.pages.indicators();
		EntryGrid grid = new EntryGrid(set, this.pages.countries(obligation, p, null).dimensions());
		this.submissions.current(id, p).ifPresent((s) -> grid.fill(this.submissions.values(s.id())));
		Map<String, LocalizedText> codeNames = this.pages.codeNames();
		List<String> used = new ArrayList<>();
		for (String d : Dimensions.CODES) {
			if (set.indicators().stream().anyMatch((i) -> i.dimensions().contains(d))) {
				used.add(d);
			}
		}
		List<TemplateSpec.Line> lines = new ArrayList<>();
		for (EntryGrid.Row r : grid.rows()) {
			Map<String, TemplateSpec.Code> codes = new LinkedHashMap<>();
			if (!r.total()) {
				codes.put(r.dimension(),
						new TemplateSpec.Code(r.code(), codeNames.get(r.dimension() + "=" + r.code()).in(locale)));
			}
			lines.add(new TemplateSpec.Line(
					new TemplateSpec.Code(r.indicator(), indicators.get(r.indicator()).name().in(locale)), codes,
					r.value().isEmpty() ? null : r.value(), r.note().isEmpty() ? null : r.note()));
		}
		Map<String, String> headings = new LinkedHashMap<>();
		used.forEach((d) -> headings.put(d, dimensions.get(d).name().in(locale)));
		TemplateSpec spec = new TemplateSpec(p.code(), used, new TemplateSpec.Headings(
				text("data.file.template.sheet.data", locale), text("data.file.template.sheet.instructions", locale),
				text("data.file.template.indicatorCode", locale), text("data.file.template.indicator", locale),
				text("data.file.template.period", locale), headings, text("data.file.template.value",
						locale),
				text("data.file.template.note", locale), text("data.file.template.valueErrorTitle", locale),
				text("data.file.template.valueError", locale)), lines,
				List.of(this.messages.getMessage("data.file.template.instructions.title",
						new Object[] { set.name().in(locale), p.code() }, locale),
						text("data.file.template.instructions.1", locale),
						text("data.file.template.instructions.2", locale),
						text("data.file.template.instructions.3", locale),
						text("data.file.template.instructions.4", locale),
						text("data.file.template.instructions.spare", locale)),
				choices(set, used, dimensions, indicators, locale));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxTemplate.write(spec, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(set.code() + "-" + p.code() + ".xlsx").build().toString())
			.body(out.toByteArray());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
