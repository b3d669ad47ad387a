package org.hamkori.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Country;
import org.hamkori.directory.Directory;
import org.hamkori.shared.export.XhtmlPdf;
import org.hamkori.shared.security.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A progress report printed in English or Russian, as DOCX and as PDF/A through the
 * shared renderer (as the meeting papers are): title and period, the results table of the
 * period's year as {@link ResultsTable} gives it to the reader (target, actual, the light
 * as text), the activities completed in the half-year, those postponed or cancelled that
 * it concerns with their reasons, the records of the mechanisms that guided or moved
 * them, and the narrative sections. Whoever may see the programme may download them. When
 * the report is finalised its paper is frozen: kept in both languages as it was then, and
 * printed from that copy ever after.
 */
@Service
@Transactional(readOnly = true)
public class ReportPapers {

	/** The languages a report is printed in. */
	public static final List<String> LANGUAGES = List.of("en", "ru");

	private final ProgressReports reports;

	private final ResultsTable table;

	private final Workplan workplan;

	private final Directory directory;

	private final MessageSource messages;

	private final XhtmlPdf pdf;

	private final Guidance guidance;

	private final JdbcClient jdbc;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	ReportPapers(ProgressReports reports, ResultsTable table, Workplan workplan, Directory directory,
			MessageSource messages, Guidance guidance, JdbcClient jdbc) {
		this.guidance = guidance;
		this.jdbc = jdbc;
		this.reports = reports;
		this.table = table;
		this.workplan = workplan;
		this.directory = directory;
		this.messages = messages;
		this.pdf = new XhtmlPdf("results/pdf", messages);
	}

	/** The language asked for when it is one a report is printed in, else English. */
	public static Locale language(String lang) {
		return Locale.forLanguageTag((lang != null && LANGUAGES.contains(lang)) ? lang : "en");
	}

	public byte[] docx(UUID reportId, Locale locale, Viewer viewer) {
		ReportPaper paper = paper(reportId, locale, viewer);
		return ReportDocx.write(paper, (key) -> this.messages.getMessage(key, null, key, locale));
	}

	public byte[] pdf(UUID reportId, Locale locale, Viewer viewer) {
		ReportPaper paper = paper(reportId, locale, viewer);
		return this.pdf.render("report", locale, Map.of("paper", paper, "lang", paper.language()));
	}

	/**
	 * Finalises a circulated report and freezes its paper in every language it is printed
	 * in, as the finaliser sees it now.
	 */
	@Transactional
	public ProgressReport finalise(UUID reportId, Viewer by) {
		ProgressReport finalised = this.reports.finalise(reportId, by);
		for (String language : LANGUAGES) {
			ReportPaper paper = live(finalised, Locale.forLanguageTag(language), by);
			this.jdbc
				.sql("insert into progress_report_snapshot (progress_report_id, language, content)"
						+ " values (:id, :language, :content)")
				.param("id", reportId)
				.param("language", language)
				.param("content", JSON.writeValueAsString(paper))
				.update();
		}
		return finalised;
	}

	/**
	 * The report's content in the given language: the frozen copy of a final report, else
	 * as the reader sees the programme now.
	 */
	public ReportPaper paper(UUID reportId, Locale locale, Viewer viewer) {
		ProgressReport report = this.reports.report(reportId, viewer);
		if (report.state() == ReportState.FINAL) {
			var frozen = this.jdbc
				.sql("select content from progress_report_snapshot where progress_report_id = :id"
						+ " and language = :language")
				.param("id", reportId)
				.param("language", language(locale.getLanguage()).getLanguage())
				.query(String.class)
				.optional();
			if (frozen.isPresent()) {
				return JSON.readValue(frozen.get(), ReportPaper.class);
			}
		}
		return live(report, locale, viewer);
	}

	private ReportPaper live(ProgressReport report, Locale locale, Viewer viewer) {
		ResultPeriod period = report.resultPeriod();
		ResultsTable.Table results = this.table.of(report.programmeId(), period.year(), viewer);
		String programme = results.programme().title().in(locale);
		List<ReportPaper.TableLine> lines = new ArrayList<>();
		for (ResultsTable.LevelBlock level : results.levels()) {
			String levelName = level.level().code() + " " + level.level().title().in(locale);
			for (ResultsTable.IndicatorBlock indicator : level.indicators()) {
				String indicatorName = indicator.indicator().code() + " " + indicator.indicator().name().in(locale);
				for (ResultsTable.Row row : indicator.rows()) {
					lines.add(new ReportPaper.TableLine(levelName, indicatorName, indicator.indicator().unit(),
							areaName(row.area(), locale), plain(row.target()), plain(row.actual()),
							label(row.light().messageKey(), locale)));
				}
			}
		}
		LocalDate from = LocalDate.of(period.year(), (period.half() == 2) ? 7 : 1, 1);
		LocalDate to = from.plusMonths(6).minusDays(1);
		List<ReportPaper.ActivityLine> completed = new ArrayList<>();
		List<ReportPaper.ActivityLine> moved = new ArrayList<>();
		Map<UUID, List<Guidance.Shown>> guides = this.guidance.ofProgramme(report.programmeId(), viewer);
		// the records that guided or moved the activities listed, in order of first
		// mention
		Map<String, List<String>> named = new java.util.LinkedHashMap<>();
		for (Activity activity : this.workplan.activities(report.programmeId(), null, null, viewer)) {
			boolean overlaps = !activity.startDate().isAfter(to) && !activity.endDate().isBefore(from);
			List<Guidance.Shown> shown = guides.getOrDefault(activity.id(), List.of());
			if (activity.status() == ActivityStatus.COMPLETED && !activity.endDate().isBefore(from)
					&& !activity.endDate().isAfter(to)) {
				completed.add(line(activity, shown, named, locale));
			}
			else if (activity.status().needsReason() && overlaps) {
				moved.add(line(activity, shown, named, locale));
			}
		}
		List<ReportPaper.GuideLine> guideLines = named.entrySet()
			.stream()
			.map((e) -> new ReportPaper.GuideLine(e.getKey(), this.guidance.text(e.getKey(), viewer, locale).orElse(""),
					String.join(", ", e.getValue())))
			.toList();
		String title = label("report.paper.title", locale) + " " + period;
		return new ReportPaper(locale.getLanguage(), title, programme, period.toString(),
				label(report.state().messageKey(), locale), period.year(), lines, completed, moved, guideLines,
				report.summary(), report.results(), report.activities(), report.risks());
	}

	private ReportPaper.ActivityLine line(Activity activity, List<Guidance.Shown> shown,
			Map<String, List<String>> named, Locale locale) {
		String guidedBy = "";
		String cause = "";
		for (Guidance.Shown g : shown) {
			String code = g.hidden() ? label("guidance.hidden", locale) : g.code();
			if (!g.hidden()) {
				named.computeIfAbsent(g.code(), (c) -> new ArrayList<>()).add(activity.code());
			}
			if (g.purpose() == ActivityGuidance.Purpose.GUIDED_BY) {
				guidedBy = code;
			}
			else {
				cause = code;
			}
		}
		return new ReportPaper.ActivityLine(activity.code(), activity.title().in(locale),
				areaName(activity.area(), locale), activity.startDate() + " – " + activity.endDate(),
				label(activity.status().messageKey(), locale), activity.statusReason(), guidedBy, cause);
	}

	private String areaName(String area, Locale locale) {
		if (Area.isRegion(area)) {
			return label("results.area.region", locale);
		}
		Country country = this.directory.countries().get(area);
		return (country != null) ? country.name().in(locale) : area;
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** A figure exactly as kept, or a dash. */
	static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "–";
	}

}
