package org.hamkori.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.ImportReport.Problem;
import org.hamkori.reporting.ImportReport.Severity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The validation rules that look at a period's figures as a whole, run in SQL over the
 * values of one report or of all the reports an import wrote, in one pass each: a total
 * must equal the sum of each one-way breakdown within the tolerance; a total that changed
 * more than the data set's threshold since the previous period needs a note; a required
 * indicator must have its total. Each is a warning while drafting, so a draft is always
 * kept, and an error on submitting (decision 0029). The previous period's figures are its
 * latest version whatever its state (draft, submitted, approved), read each time the
 * check runs, so the result does not depend on the order of approval and follows any
 * change of the previous period. Range and code checks run row by row during the import.
 */
@Component
class DataChecks {

	private final JdbcClient jdbc;

	DataChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Which reports to check: a table expression of (submission_id, previous_period) and
	 * its parameters.
	 */
	record Scope(String table, Object[] parameters, Map<UUID, Period> periods) {

		static Scope of(UUID submissionId, Period period) {
			return new Scope("(select cast(? as uuid) as submission_id, cast(? as varchar(10)) as previous_period)",
					new Object[] { submissionId.toString(), period.previousCode() }, Map.of(submissionId, period));
		}

		static Scope ofImport(UUID importId, Map<UUID, Period> periods) {
			return new Scope("(select submission_id, previous_period from import_period where import_id = ?)",
					new Object[] { importId }, periods);
		}

	}

	List<Problem> check(DataSet set, Obligation obligation, UUID submissionId, Period period, boolean submitting) {
		return check(set, obligation, Scope.of(submissionId, period), submitting);
	}

	/**
	 * Problems of the reports in scope; {@code submitting} turns warnings that block a
	 * submission into errors.
	 */
	List<Problem> check(DataSet set, Obligation obligation, Scope scope, boolean submitting) {
		List<Problem> problems = new ArrayList<>();
		Map<String, BigDecimal> tolerance = new HashMap<>();
		set.indicators().forEach((i) -> tolerance.put(i.indicator(), i.tolerance()));
		StringBuilder sums = new StringBuilder();
		for (String column : Dimensions.COLUMNS) {
			sums.append(", sum(case when v.").append(column).append(" <> '_T'");
			for (String other : Dimensions.COLUMNS) {
				if (!other.equals(column)) {
					sums.append(" and v.").append(other).append(" = '_T'");
				}
			}
			sums.append(" then v.obs_value end)");
		}
		Set<String> withTotal = new HashSet<>();
		List<Object[]> rows = this.jdbc.sql("""
				select v.submission_id, v.indicator, max(case when %s then v.obs_value end)%s
				from %s sc join data_value v on v.submission_id = sc.submission_id
				group by v.submission_id, v.indicator""".formatted(totals("v"), sums, scope.table()))
			.params(scope.parameters())
			.query((rs, n) -> {
				Object[] r = new Object[3 + Dimensions.COLUMNS.size()];
				r[0] = rs.getObject(1, UUID.class);
				r[1] = rs.getString(2);
				r[2] = rs.getBigDecimal(3);
				for (int i = 0; i < Dimensions.COLUMNS.size(); i++) {
					r[3 + i] = rs.getBigDecimal(4 + i);
				}
				return r;
			})
			.list();
		for (Object[] r : rows) {
			UUID submission = (UUID) r[0];
			String indicator = (String) r[1];
			BigDecimal total = (BigDecimal) r[2];
			Period period = scope.periods().get(submission);
			if (total == null || period == null) {
				continue;
			}
			withTotal.add(submission + "|" + indicator);
			BigDecimal allowed = tolerance.getOrDefault(indicator, BigDecimal.ONE);
			for (int d = 0; d < Dimensions.CODES.size(); d++) {
				BigDecimal sum = (BigDecimal) r[3 + d];
				if (sum != null && total.subtract(sum).abs().compareTo(allowed) > 0) {
					String dimension = Dimensions.CODES.get(d);
					problems.add(new Problem(0, submitting ? Severity.ERROR : Severity.WARNING,
							cell(indicator, period, dimension + "=" + Dimensions.TOTAL), "data.rule.total-mismatch",
							List.of(plain(total), plain(sum), dimension, plain(allowed),
									plain(total.subtract(sum).abs()))));
				}
			}
		}
		Object[] params = new Object[scope.parameters().length + 2];
		System.arraycopy(scope.parameters(), 0, params, 0, scope.parameters().length);
		params[params.length - 2] = set.id();
		params[params.length - 1] = obligation.id();
		this.jdbc.sql("""
				select v.submission_id, v.indicator, v.obs_value, p.obs_value, i.change_warning
				from %s sc
				join data_value v on v.submission_id = sc.submission_id and %s
				join data_set_indicator i on i.data_set_id = ? and i.indicator = v.indicator
				  and i.change_warning is not null
				join submission ps on ps.obligation_id = ? and ps.period = sc.previous_period
				  and ps.revision = (select max(l.revision) from submission l
				    where l.obligation_id = ps.obligation_id and l.period = ps.period)
				join data_value p on p.submission_id = ps.id and p.indicator = v.indicator and %s
				where p.obs_value <> 0
				  and abs(v.obs_value - p.obs_value) * 100 > i.change_warning * abs(p.obs_value)
				  and (v.note is null or v.note = '')""".formatted(scope.table(), totals("v"), totals("p")))
			.params(params)
			.query((rs, n) -> {
				Period period = scope.periods().get(rs.getObject(1, UUID.class));
				return new Problem(0, submitting ? Severity.ERROR : Severity.WARNING,
						cell(rs.getString(2), period, null), "data.rule.change-needs-note",
						List.of(plain(rs.getBigDecimal(3)), plain(rs.getBigDecimal(4)), plain(rs.getBigDecimal(5)),
								period.previousCode()));
			})
			.list()
			.forEach(problems::add);
		for (Map.Entry<UUID, Period> e : scope.periods().entrySet()) {
			for (DataSet.Item item : set.indicators()) {
				if (item.required() && !withTotal.contains(e.getKey() + "|" + item.indicator())) {
					problems.add(new Problem(0, submitting ? Severity.ERROR : Severity.WARNING,
							cell(item.indicator(), e.getValue(), null), "data.rule.required",
							List.of(item.indicator())));
				}
			}
		}
		return problems;
	}

	private static String totals(String alias) {
		StringBuilder sql = new StringBuilder();
		for (String column : Dimensions.COLUMNS) {
			sql.append(sql.isEmpty() ? "" : " and ").append(alias).append('.').append(column).append(" = '_T'");
		}
		return sql.toString();
	}

	static String cell(String indicator, Period period, String codes) {
		return indicator + " · " + period.code() + ((codes != null) ? " · " + codes : "");
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

}
