package org.hamkori.analytics;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.analytics.DataTable.View;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charts of a mechanism's dashboard. Any member saves one (it goes to the end); the
 * secretariat reorders and removes them. Dashboards are members-only: everyone else is
 * told there is nothing (404). The figures a chart shows are read for each viewer when it
 * is drawn, so a saved chart never carries figures its reader may not see.
 */
@Service
@Transactional
public class SavedCharts {

	/** The kinds of chart. */
	public enum ChartType {

		LINE, BAR

	}

	/** A saved chart. */
	public record SavedChart(UUID id, UUID mechanismId, String title, View view, String indicator, int fromYear,
			int toYear, ChartType chartType, int sortOrder, String createdBy) {

		public Analytics.Query query() {
			return new Analytics.Query(this.view, this.indicator, this.fromYear, this.toYear, null);
		}

	}

	private final JdbcClient jdbc;

	private final Analytics analytics;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SavedCharts(JdbcClient jdbc, Analytics analytics, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.analytics = analytics;
		this.events = events;
		this.clock = clock;
	}

	/** Members of the mechanism and admins see its dashboard. */
	public static boolean canSee(Viewer viewer, UUID mechanismId) {
		return viewer.admin() || viewer.isMemberOf(mechanismId);
	}

	@Transactional(readOnly = true)
	public List<SavedChart> of(Mechanism mechanism, Viewer viewer) {
		if (!canSee(viewer, mechanism.id())) {
			throw new NotFoundException();
		}
		return this.jdbc
			.sql("""
					select id, mechanism_id, title, view_kind, indicator, from_year, to_year, chart_type, sort_order, created_by
					from saved_chart where mechanism_id = ? order by sort_order, created_at""")
			.param(mechanism.id())
			.query((rs, n) -> new SavedChart(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					View.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getInt(7),
					ChartType.valueOf(rs.getString(8)), rs.getInt(9), rs.getString(10)))
			.list();
	}

	@Transactional(readOnly = true)
	public SavedChart visible(Mechanism mechanism, UUID id, Viewer viewer) {
		return of(mechanism, viewer).stream()
			.filter((c) -> c.id().equals(id))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** Saves a chart at the end of the dashboard; members only. */
	public SavedChart save(Mechanism mechanism, String title, View view, String indicator, int fromYear, int toYear,
			ChartType chartType, Viewer viewer) {
		if (!canSee(viewer, mechanism.id())) {
			throw new NotFoundException();
		}
		String cleanTitle = (title != null) ? title.strip() : "";
		if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
			throw new RuleViolation("title", "analytics.chart.invalid.title");
		}
		if (view == null || chartType == null) {
			throw new RuleViolation(null, "analytics.chart.invalid.view");
		}
		if (view == View.COMPARISON && !mechanism.regional()) {
			throw new RuleViolation(null, "analytics.chart.invalid.view");
		}
		Optional<Analytics.Subject> subject = this.analytics.subject(mechanism.id(), indicator);
		if (subject.isEmpty()) {
			throw new RuleViolation(null, "analytics.chart.invalid.indicator");
		}
		Analytics.Query query = new Analytics.Query(view, subject.get().code(), fromYear, toYear, null);
		if (query.fromYear() < 1000 || query.toYear() > 9999) {
			throw new RuleViolation(null, "analytics.chart.invalid.years");
		}
		Integer last = this.jdbc.sql("select max(sort_order) from saved_chart where mechanism_id = ?")
			.param(mechanism.id())
			.query(Integer.class)
			.optional()
			.orElse(null);
		int order = (last != null) ? last + 1 : 1;
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into saved_chart (id, mechanism_id, title, view_kind, indicator, from_year, to_year, chart_type,
				sort_order, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, mechanism.id(), cleanTitle, view.name(), query.indicator(), query.fromYear(), query.toYear(),
					chartType.name(), order, viewer.actor(), Timestamp.from(this.clock.instant()))
			.update();
		this.events.publishEvent(new RecordChanged(viewer.actor(), mechanism.id(), "saved-chart", id, "created",
				java.util.Map.of("title", cleanTitle, "indicator", query.indicator())));
		return new SavedChart(id, mechanism.id(), cleanTitle, view, query.indicator(), query.fromYear(), query.toYear(),
				chartType, order, viewer.actor());
	}

	/** Removes a chart; the secretariat only. */
	public void remove(Mechanism mechanism, UUID id, Viewer viewer) {
		SavedChart chart = managed(mechanism, id, viewer);
		this.jdbc.sql("delete from saved_chart where id = ?").param(chart.id()).update();
		this.events.publishEvent(new RecordChanged(viewer.actor(), mechanism.id(), "saved-chart", id, "deleted",
				java.util.Map.of("title", chart.title())));
	}

	/** Moves a chart one place up or down; the secretariat only. */
	public void move(Mechanism mechanism, UUID id, boolean up, Viewer viewer) {
		managed(mechanism, id, viewer);
		List<SavedChart> charts = new java.util.ArrayList<>(of(mechanism, viewer));
		int index = -1;
		for (int i = 0; i < charts.size(); i++) {
			if (charts.get(i).id().equals(id)) {
				index = i;
			}
		}
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= charts.size()) {
			return;
		}
		java.util.Collections.swap(charts, index, other);
		for (int i = 0; i < charts.size(); i++) {
			this.jdbc.sql("update saved_chart set sort_order = ? where id = ?")
				.params(i + 1, charts.get(i).id())
				.update();
		}
		this.events.publishEvent(new RecordChanged(viewer.actor(), mechanism.id(), "saved-chart", id, "moved",
				java.util.Map.of("direction", up ? "up" : "down")));
	}

	private SavedChart managed(Mechanism mechanism, UUID id, Viewer viewer) {
		SavedChart chart = visible(mechanism, id, viewer);
		if (!viewer.canManage(mechanism.id())) {
			throw new ForbiddenException();
		}
		return chart;
	}

}
