package org.hamkori.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.Completeness.Report;
import org.hamkori.reporting.Completeness.Row;
import org.hamkori.reporting.Completeness;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's overview of data submissions: for each reporting obligation, the last
 * eight periods with the status of each period's report and whether it came on time,
 * paged backwards; the regional mechanism also sees each country's figures. Members and
 * the mechanism's secretariat only; everyone else gets 404.
 */
@Controller
class CompletenessController {

	static final int COLUMNS = 8;

	private final Completeness completeness;

	private final Directory directory;

	CompletenessController(Completeness completeness, Directory directory) {
		this.completeness = completeness;
		this.directory = directory;
	}

	/**
	 * One table of a periodicity: its period columns, oldest first, and the value of the
	 * before parameter that pages to earlier or later columns (null when there is nothing
	 * there; empty for the latest columns).
	 */
	record Matrix(Periodicity periodicity, List<Period> columns, List<Row> rows, String earlier, String later) {

		public String titleKey() {
			return "completeness.periodicity." + this.periodicity.name();
		}

	}

	@GetMapping("/mechanisms/{code}/data/overview")
	String overview(@PathVariable String code, @RequestParam(required = false) String before, Viewer viewer,
			Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.canManage(mechanism.id()) && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		List<Mechanism> wanted = mechanism.regional() ? this.directory.mechanisms() : List.of(mechanism);
		Map<UUID, LocalDate> today = new LinkedHashMap<>();
		wanted.forEach((m) -> today.put(m.id(), this.completeness.today(m)));
		Map<UUID, Report> reports = this.completeness.of(wanted, today);
		Report report = reports.get(mechanism.id()).visibleTo(viewer);
		List<Report> countries = new ArrayList<>();
		if (mechanism.regional()) {
			reports.values().stream().filter((r) -> !r.mechanism().regional()).forEach(countries::add);
		}
		Optional<Period> page = Period.parse(before);
		List<Matrix> matrices = new ArrayList<>();
		for (Periodicity periodicity : report.periodicities()) {
			matrices.add(matrix(report, periodicity, page.flatMap((p) -> p.in(periodicity))));
		}
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("report", report);
		model.addAttribute("matrices", matrices);
		model.addAttribute("countries", countries);
		model.addAttribute("anyCountryReports", countries.stream().anyMatch((r) -> !r.isEmpty()));
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		return "reporting/overview";
	}

	static Matrix matrix(Report report, Periodicity periodicity, Optional<Period> before) {
		Period last = report.lastEnded(periodicity);
		Period earliest = report.earliest(periodicity);
		Period end = last;
		if (before.isPresent() && before.get().compareTo(last) <= 0) {
			end = before.get().previous();
		}
		Period floor = earliest;
		for (int i = 1; i < COLUMNS; i++) {
			floor = floor.next();
		}
		if (end.compareTo(floor) < 0) {
			// not before the window that starts with the first expected period
			end = (floor.compareTo(last) < 0) ? floor : last;
		}
		List<Period> columns = new ArrayList<>();
		Period p = end;
		for (int i = 0; i < COLUMNS; i++) {
			columns.add(0, p);
			p = p.previous();
		}
		String earlier = (columns.get(0).compareTo(earliest) > 0) ? columns.get(0).code() : null;
		String later = null;
		if (end.compareTo(last) < 0) {
			Period next = end;
			for (int i = 0; i < COLUMNS && next.compareTo(last) < 0; i++) {
				next = next.next();
			}
			later = (next.compareTo(last) < 0) ? next.next().code() : "";
		}
		return new Matrix(periodicity, List.copyOf(columns), report.rows(periodicity), earlier, later);
	}

}
