package org.hamkori.analytics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.hamkori.directory.Mechanism;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.Decimals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published figures of a mechanism's indicator over a year range, for the API, page
 * by page and never cut silently: the whole range the caller asks for, in one stable
 * order (period, country, data set, series, dimension codes), each page continuing after
 * the last figure of the one before by a cursor (keyset paging), so walking the pages
 * gives every figure exactly once even while approvals add figures elsewhere in the
 * range.
 */
@Service
@Transactional(readOnly = true)
public class FigurePages {

	/** The page size when the caller names none. */
	public static final int DEFAULT_LIMIT = 5_000;

	/** The largest page a caller may ask for. */
	public static final int MAX_LIMIT = 10_000;

	/**
	 * The sort key, unique per figure: a national figure is one of its obligation, a
	 * reference figure one of its set and country.
	 */
	private static final String KEY = """
			pv.period_start, pv.period, coalesce(pv.ref_area, ''), ds.code, coalesce(pv.obligation_id, pv.data_set_id),
			pv.sex, pv.age, pv.counterpart_area, pv.activity, pv.occupation, pv.education, pv.migrant_category""";

	private static final int KEY_PARTS = 12;

	/**
	 * One published figure with all its dimensions, as the API gives it, naming the data
	 * set it was reported in, the institution that reported it (none for a reference
	 * series), its country (ISO alpha-3) and its source (the institution, or the
	 * international source with its address), so that figures of two sets of one
	 * indicator can be told apart; {@code periodicity} is its frequency.
	 */
	public record Figure(String mechanism, String indicator, String period, @Nullable LocalDate periodStart,
			String periodicity, @Nullable String sex, @Nullable String age, @Nullable String counterpartArea,
			@Nullable String activity, @Nullable String occupation, @Nullable String education,
			@Nullable String migrantCategory, BigDecimal value, @Nullable Instant approvedAt, @Nullable String dataSet,
			@Nullable String reporter, @Nullable String refArea, @Nullable String source, @Nullable String sourceUrl,
			boolean reference) {
	}

	/**
	 * A page of figures, the latest approval in the whole range, and the cursor of the
	 * next page (null on the last).
	 */
	public record Page(List<Figure> values, @Nullable Instant dataAsOf, @Nullable String next) {
	}

	private final JdbcClient jdbc;

	private final Analytics analytics;

	FigurePages(JdbcClient jdbc, Analytics analytics) {
		this.jdbc = jdbc;
		this.analytics = analytics;
	}

	/**
	 * A page of the figures the viewer may see.
	 * @param cursor the {@code next} of the page before, or null for the first
	 * @param limit figures a page, 1 to {@value #MAX_LIMIT}
	 * @throws IllegalArgumentException for a limit out of range or a cursor this method
	 * did not give
	 */
	public Page page(Mechanism mechanism, String indicator, int fromYear, int toYear, String cursor, int limit,
			Viewer viewer) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit out of range");
		}
		Object[] after = (cursor != null) ? decode(cursor) : null;
		ValueVisibility.Condition visible = ValueVisibility.of(viewer, "pv");
		String home = this.analytics.refArea(mechanism);
		String range = """
				from published_value pv
				join data_set ds on ds.id = pv.data_set_id
				left join reporting_obligation ob on ob.id = pv.obligation_id
				left join organisation org on org.id = ob.organisation_id
				where (pv.mechanism_id = :mechanism or pv.ref_area = :area) and pv.indicator = :indicator
				and pv.period_start >= :from and pv.period_start <= :to and\s""" + visible.sql();
		Map<String, Object> parameters = new java.util.HashMap<>(visible.parameters());
		parameters.put("mechanism", mechanism.id());
		parameters.put("area", home);
		parameters.put("indicator", indicator);
		parameters.put("from", LocalDate.of(Math.min(fromYear, toYear), 1, 1));
		parameters.put("to", LocalDate.of(Math.max(fromYear, toYear), 12, 31));
		StringBuilder keyset = new StringBuilder();
		if (after != null) {
			keyset.append(" and (").append(KEY).append(") > (");
			for (int i = 0; i < KEY_PARTS; i++) {
				keyset.append((i > 0) ? ", " : "").append(":k").append(i);
				parameters.put("k" + i, after[i]);
			}
			keyset.append(')');
		}
		List<Object[]> keys = new ArrayList<>();
		List<Figure> values = this.jdbc.sql("""
				select pv.indicator, pv.period, pv.period_start, pv.periodicity, pv.sex, pv.age, pv.counterpart_area,
				pv.activity, pv.occupation, pv.education, pv.migrant_category, pv.obs_value, pv.approved_at,
				ds.code, org.acronym, pv.ref_area, ds.source_name, ds.source_url, org.name,
				coalesce(pv.obligation_id, pv.data_set_id)\s""" + range + keyset + " order by " + KEY)
			.params(parameters)
			.withMaxRows(limit + 1)
			.query((rs, n) -> {
				boolean reference = rs.getString(16) != null;
				keys.add(new Object[] { rs.getObject(3, LocalDate.class), rs.getString(2),
						reference ? rs.getString(16) : "", rs.getString(14), rs.getObject(20, UUID.class),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
						rs.getString(10), rs.getString(11) });
				String source = reference ? rs.getString(17)
						: LocalizedTextColumns.parse(rs.getString(19)).in(Locale.ENGLISH);
				return new Figure(mechanism.code(), rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9), rs.getString(10), rs.getString(11), Decimals.exact(rs.getBigDecimal(12)),
						PublishedCells.instant(rs, 13), rs.getString(14), rs.getString(15),
						reference ? rs.getString(16) : home, source, reference ? rs.getString(18) : null, reference);
			})
			.list();
		boolean more = values.size() > limit;
		List<Figure> shown = more ? values.subList(0, limit) : values;
		Instant dataAsOf = this.jdbc.sql("select max(pv.approved_at) " + range)
			.params(parameters)
			.query((rs, n) -> PublishedCells.instant(rs, 1))
			.optional()
			.orElse(null);
		return new Page(List.copyOf(shown), dataAsOf, more ? encode(keys.get(limit - 1)) : null);
	}

	/** The key of a figure as an opaque, URL-safe text. */
	private static String encode(Object[] key) {
		StringBuilder text = new StringBuilder();
		for (Object part : key) {
			text.append((text.isEmpty()) ? "" : "\n").append(part);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static Object[] decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
			if (parts.length != KEY_PARTS) {
				throw new IllegalArgumentException("cursor parts");
			}
			Object[] key = new Object[KEY_PARTS];
			System.arraycopy(parts, 0, key, 0, KEY_PARTS);
			key[0] = LocalDate.parse(parts[0]);
			key[4] = UUID.fromString(parts[4]);
			return key;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not a cursor", ex);
		}
	}

}
