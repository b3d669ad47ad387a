package org.hamkori.analytics;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.hamkori.analytics.DataTable.View;
import org.hamkori.directory.Mechanism;
import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.Documents;
import org.hamkori.documents.StoredDocument;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.DemoMode;
import org.hamkori.shared.i18n.I18n;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.text.Figures;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The migration trends brief of a mechanism for a range of years: departures by
 * destination, departures and remittances over time, labour-market figures and SDG
 * indicators where there are any, each as a table with simple bars, with "data as of"
 * and, in a demo deployment, the synthetic-data marker. It is built whole in memory for
 * the viewer's rights. Attached to a meeting, it is built for what every member of the
 * mechanism may see, since every member can open the meeting's documents.
 */
@Service
@Transactional(readOnly = true)
public class TrendsBrief {

	/** The brief as the template shows it, with every text in the reader's language. */
	public record Brief(String mechanismCode, String mechanismName, int fromYear, int toYear, List<Section> sections,
			String dataAsOf, boolean synthetic) {
	}

	/** One table of the brief, its unit in the reader's language. */
	public record Section(String title, String unit, String note, List<String> columns, List<Line> lines,
			boolean bars) {
	}

	/** A row: its label, formatted values and the first value's bar length in percent. */
	public record Line(String label, List<String> values, int percent) {
	}

	private record Part(String indicator, View view, String titleKey) {
	}

	private static final List<Part> NATIONAL = List.of(
			new Part("DEPARTURES", View.DESTINATION, "analytics.brief.byDestination"),
			new Part("DEPARTURES", View.SERIES, null), new Part("REMITTANCES", View.SERIES, null),
			new Part("REMITTANCES_PER_DEPARTURE", View.SERIES, null), new Part("RETURNS", View.SERIES, null),
			new Part("LABOUR_FORCE", View.SERIES, null), new Part("EMPLOYMENT", View.SERIES, null),
			new Part("UNEMPLOYMENT", View.SERIES, null), new Part("SDG_10_7_1", View.SERIES, null),
			new Part("SDG_10_C_1", View.SERIES, null), new Part("SDG_8_8_1", View.SERIES, null));

	private static final List<String> REGIONAL = List.of("DEPARTURES", "REMITTANCES", "RETURNS", "LABOUR_FORCE",
			"EMPLOYMENT", "UNEMPLOYMENT", "SDG_10_7_1", "SDG_10_C_1", "SDG_8_8_1");

	static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Analytics analytics;

	private final BriefPdf pdf;

	private final Meetings meetings;

	private final Documents documents;

	private final DemoMode demo;

	private final MessageSource messages;

	private final I18n i18n;

	TrendsBrief(Analytics analytics, BriefPdf pdf, Meetings meetings, Documents documents, DemoMode demo,
			MessageSource messages, I18n i18n) {
		this.i18n = i18n;
		this.analytics = analytics;
		this.pdf = pdf;
		this.meetings = meetings;
		this.documents = documents;
		this.demo = demo;
		this.messages = messages;
	}

	public Brief build(Mechanism mechanism, int fromYear, int toYear, Viewer viewer, Locale locale) {
		List<DataTable> tables = new ArrayList<>();
		List<String> titleKeys = new ArrayList<>();
		if (mechanism.regional()) {
			for (String indicator : REGIONAL) {
				tables.add(this.analytics.table(mechanism,
						new Analytics.Query(View.COMPARISON, indicator, fromYear, toYear, null), viewer));
				titleKeys.add(null);
			}
		}
		else {
			for (Part part : NATIONAL) {
				if (this.analytics.subject(mechanism.id(), part.indicator()).isEmpty()) {
					continue;
				}
				tables.add(this.analytics.table(mechanism,
						new Analytics.Query(part.view(), part.indicator(), fromYear, toYear, null), viewer));
				titleKeys.add(part.titleKey());
			}
		}
		List<Section> sections = new ArrayList<>();
		for (int i = 0; i < tables.size(); i++) {
			DataTable table = tables.get(i);
			if (table.isEmpty()) {
				continue;
			}
			String name = table.indicatorName().in(locale);
			String title = (titleKeys.get(i) != null)
					? this.messages.getMessage(titleKeys.get(i), new Object[] { name, table.period() }, locale) : name;
			sections.add(section(table, title, locale));
		}
		Instant dataAsOf = tables.stream()
			.map(DataTable::dataAsOf)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new Brief(mechanism.code(), mechanism.name().in(locale), Math.min(fromYear, toYear),
				Math.max(fromYear, toYear), sections, (dataAsOf != null) ? AS_OF.format(dataAsOf) : null,
				this.demo.isEnabled());
	}

	private Section section(DataTable table, String title, Locale locale) {
		boolean bars = table.columns().size() == 1;
		BigDecimal max = table.max();
		List<String> columns = new ArrayList<>();
		columns.add(this.messages.getMessage("analytics.rows." + table.view().name(), null, locale));
		table.columns().forEach((c) -> columns.add(c.label().in(locale)));
		List<Line> lines = new ArrayList<>();
		for (DataTable.Row row : table.rows()) {
			List<String> values = row.values()
				.stream()
				.map((v) -> (v != null) ? Figures.number(v, locale) : "–")
				.toList();
			BigDecimal first = row.values().get(0);
			int percent = (bars && first != null && max.signum() > 0) ? first.multiply(BigDecimal.valueOf(100))
				.divide(max, 0, RoundingMode.HALF_UP)
				.max(BigDecimal.ZERO)
				.intValue() : 0;
			lines.add(new Line(row.label().in(locale), values, percent));
		}
		String note = (table.dataAsOf() != null) ? this.messages.getMessage("analytics.dataAsOf",
				new Object[] { AS_OF.format(table.dataAsOf()) }, locale) : null;
		return new Section(title, this.i18n.unit(table.unit(), locale), note, columns, lines, bars);
	}

	public byte[] pdf(Mechanism mechanism, int fromYear, int toYear, Viewer viewer, Locale locale) {
		Brief brief = build(mechanism, fromYear, toYear, viewer, locale);
		return this.pdf.render("brief", locale, Map.of("brief", brief, "lang", locale.getLanguage()));
	}

	/**
	 * The meetings of the mechanism a brief may be attached to: planned ones, for its
	 * secretariat.
	 */
	public List<Meeting> attachable(Mechanism mechanism, Viewer viewer) {
		if (!viewer.canManage(mechanism.id())) {
			return List.of();
		}
		return this.meetings.upcoming(mechanism.id(), viewer).stream().filter((m) -> m.status().isPlanned()).toList();
	}

	/**
	 * Attaches the brief, as every member may see it, to a planned meeting of the
	 * mechanism; its secretariat only.
	 */
	@Transactional
	public StoredDocument attach(Mechanism mechanism, UUID meetingId, int fromYear, int toYear, Viewer viewer,
			Locale locale) {
		if (!viewer.isMemberOf(mechanism.id()) && !viewer.admin()) {
			throw new NotFoundException();
		}
		if (!viewer.canManage(mechanism.id())) {
			throw new ForbiddenException();
		}
		Meeting meeting = attachable(mechanism, viewer).stream()
			.filter((m) -> m.id().equals(meetingId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		Viewer members = new Viewer(null, "trends-brief", null, false, List
			.of(new Viewer.Seat(mechanism.id(), mechanism.code(), mechanism.regional(), MembershipRole.MEMBER)));
		byte[] bytes = pdf(mechanism, fromYear, toYear, members, locale);
		String name = "trends-brief-" + mechanism.code() + "-" + Math.min(fromYear, toYear) + "-"
				+ Math.max(fromYear, toYear) + "-" + locale.getLanguage() + ".pdf";
		return this.documents.upload(new DocumentOwner(Meeting.DOCUMENT_KIND, meeting.id()), mechanism.id(),
				Visibility.MEMBERS, Set.of(), name, bytes.length, new ByteArrayInputStream(bytes), viewer);
	}

}
