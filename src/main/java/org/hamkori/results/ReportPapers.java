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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A progress report printed in English or Russian, as DOCX and as PDF/A through the
 * shared renderer (as the meeting papers are): title and period, the results table of the
 * period's year as {@link ResultsTable} gives it to the reader (target, actual, the light
 * as text), the activities completed in the half-year, those postponed or cancelled that
 * it concerns with their reasons, and the narrative sections. Whoever may see the
 * programme may download them.
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

	ReportPapers(ProgressReports reports, ResultsTable table, Workplan workplan, Directory directory,
			MessageSource messages) {
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

	/** The report's content in the given language. */
	public ReportPaper paper(UUID reportId, Locale locale, Viewer viewer) {
		ProgressReport report = this.reports.report(reportId, viewer);
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
		for (Activity activity : this.workplan.activities(report.programmeId(), null, null, viewer)) {
			boolean overlaps = !activity.startDate().isAfter(to) && !activity.endDate().isBefore(from);
			if (activity.status() == ActivityStatus.COMPLETED && !activity.endDate().isBefore(from)
					&& !activity.endDate().isAfter(to)) {
				completed.add(line(activity, locale));
			}
			else if (activity.status().needsReason() && overlaps) {
				moved.add(line(activity, locale));
			}
		}
		String title = label("report.paper.title", locale) + " " + period;
		return new ReportPaper(locale.getLanguage(), title, programme, period.toString(),
				label(report.state().messageKey(), locale), period.year(), lines, completed, moved, report.summary(),
				report.results(), report.activities(), report.risks());
	}

	private ReportPaper.ActivityLine line(Activity activity, Locale locale) {
		return new ReportPaper.ActivityLine(activity.code(), activity.title().in(locale),
				areaName(activity.area(), locale), activity.startDate() + " – " + activity.endDate(),
				label(activity.status().messageKey(), locale), activity.statusReason());
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
