package org.hamkori.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamkori.statistics.ImportReport.Problem;
import org.hamkori.statistics.ImportReport.Severity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The validation rules that look at a period's figures as a whole, run in SQL over a
 * submission's values: a total must equal the sum of each one-way breakdown within the
 * tolerance (error); a total that changed more than the data set's threshold since the
 * previous approved period needs a note (a warning while drafting, an error on submitting
 * until noted); a required indicator must have its total (a warning while drafting, an
 * error on submitting). Range and code checks run row by row during the import.
 */
@Component
class DataChecks {

	private final JdbcClient jdbc;

	DataChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static String totals(String alias) {
		StringBuilder sql = new StringBuilder();
		for (String column : Dimensions.COLUMNS) {
			sql.append(" and ").append(alias).append('.').append(column).append(" = '_T'");
		}
		return sql.toString();
	}

	/**
	 * Problems of a submission's values; {@code submitting} turns missing totals into
	 * errors.
	 */
	List<Problem> check(DataSet set, Obligation obligation, UUID submissionId, Period period, boolean submitting) {
		List<Problem> problems = new ArrayList<>();
		for (int d = 0; d < Dimensions.COLUMNS.size(); d++) {
			String column = Dimensions.COLUMNS.get(d);
			StringBuilder others = new StringBuilder();
			for (String other : Dimensions.COLUMNS) {
				if (!other.equals(column)) {
					others.append(" and b.").append(other).append(" = '_T'");
				}
			}
			String dimension = Dimensions.CODES.get(d);
			this.jdbc
				.sql("select t.indicator, max(t.obs_value), sum(b.obs_value), max(i.total_tolerance)"
						+ " from data_value t join data_value b on b.submission_id = t.submission_id"
						+ " and b.indicator = t.indicator and b." + column + " <> '_T'" + others
						+ " join data_set_indicator i on i.data_set_id = ? and i.indicator = t.indicator"
						+ " where t.submission_id = ?" + totals("t") + " group by t.indicator"
						+ " having abs(max(t.obs_value) - sum(b.obs_value)) > max(i.total_tolerance)")
				.params(set.id(), submissionId)
				.query((rs, n) -> new Problem(0, Severity.ERROR,
						cell(rs.getString(1), period, dimension + "=" + Dimensions.TOTAL), "data.rule.total-mismatch",
						List.of(plain(rs.getBigDecimal(2)), plain(rs.getBigDecimal(3)), dimension,
								plain(rs.getBigDecimal(4)))))
				.list()
				.forEach(problems::add);
		}
		this.jdbc
			.sql("select t.indicator, t.obs_value, p.obs_value, i.change_warning from data_value t"
					+ " join data_set_indicator i on i.data_set_id = ? and i.indicator = t.indicator"
					+ " join published_value p on p.obligation_id = ? and p.period = ? and p.indicator = t.indicator"
					+ totals("p") + " where t.submission_id = ?" + totals("t")
					+ " and i.change_warning is not null and p.obs_value <> 0"
					+ " and abs(t.obs_value - p.obs_value) * 100 > i.change_warning * abs(p.obs_value)"
					+ " and (t.note is null or t.note = '')")
			.params(set.id(), obligation.id(), period.previous().code(), submissionId)
			.query((rs, n) -> new Problem(0, submitting ? Severity.ERROR : Severity.WARNING,
					cell(rs.getString(1), period, null), "data.rule.change-needs-note",
					List.of(plain(rs.getBigDecimal(2)), plain(rs.getBigDecimal(3)), plain(rs.getBigDecimal(4)),
							period.previous().code())))
			.list()
			.forEach(problems::add);
		List<String> present = this.jdbc
			.sql("select distinct t.indicator from data_value t where t.submission_id = ?" + totals("t"))
			.param(submissionId)
			.query(String.class)
			.list();
		for (DataSet.Item item : set.indicators()) {
			if (item.required() && !present.contains(item.indicator())) {
				problems.add(new Problem(0, submitting ? Severity.ERROR : Severity.WARNING,
						cell(item.indicator(), period, null), "data.rule.required", List.of(item.indicator())));
			}
		}
		return problems;
	}

	static String cell(String indicator, Period period, String codes) {
		return indicator + " · " + period.code() + ((codes != null) ? " · " + codes : "");
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

}
