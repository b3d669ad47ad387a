package org.hamkori.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamkori.formats.SourceRow;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.ImportReport;
import org.hamkori.reporting.Submissions;

/**
 * The web entry grid of one data set and period: per indicator, its total and each
 * one-way breakdown (by sex, by destination...), one row per code. Rows are numbered in a
 * fixed order, so the number doubles as the line the import reports problems on, and the
 * form's fields ({@code v.N}, {@code n.N}) map back to cells without hidden keys.
 */
public final class EntryGrid {

	/** One cell: its line, what it is, and what the form or the stored report holds. */
	public record Row(int line, String indicator, String dimension, String code, String value, String note,
			List<String> problems) {

		public boolean total() {
			return this.dimension == null;
		}

		public String key() {
			return key(this.indicator, this.dimension, this.code);
		}

		static String key(String indicator, String dimension, String code) {
			return (dimension == null) ? indicator : indicator + "|" + dimension + "=" + code;
		}

	}

	/** The rows of one indicator, grouped by breakdown. */
	public record Block(String indicator, Row total, Map<String, List<Row>> breakdowns) {
	}

	private final List<Block> blocks = new ArrayList<>();

	private final List<Row> rows = new ArrayList<>();

	/**
	 * One message for the list above the grid: the cell it points to (null when it
	 * concerns the whole report), its text, and whether it blocks (an error) or only
	 * warns.
	 */
	public record Flag(Row row, String text, boolean error) {
	}

	private final List<Flag> flags = new ArrayList<>();

	/** Breakdowns ({@code INDICATOR|DIMENSION}) whose sum differs from their total. */
	private final java.util.Set<String> mismatched = new java.util.HashSet<>();

	EntryGrid(DataSet set, Map<String, IndicatorCatalogue.Dimension> dimensions) {
		int line = 0;
		for (DataSet.Item item : set.indicators()) {
			Row total = new Row(++line, item.indicator(), null, null, "", "", new ArrayList<>());
			this.rows.add(total);
			Map<String, List<Row>> breakdowns = new LinkedHashMap<>();
			for (String d : item.dimensions()) {
				List<Row> list = new ArrayList<>();
				for (IndicatorCatalogue.Code c : dimensions.get(d).codes()) {
					if (!c.code().equals(Dimensions.TOTAL)) {
						Row row = new Row(++line, item.indicator(), d, c.code(), "", "", new ArrayList<>());
						list.add(row);
						this.rows.add(row);
					}
				}
				breakdowns.put(d, list);
			}
			this.blocks.add(new Block(item.indicator(), total, breakdowns));
		}
	}

	public List<Block> blocks() {
		return this.blocks;
	}

	public List<Row> rows() {
		return this.rows;
	}

	/**
	 * Values stored in a report that the grid shows; the number of others (finer
	 * breakdowns from files).
	 */
	int fill(List<Submissions.Value> values) {
		Map<String, Submissions.Value> byKey = new HashMap<>();
		int others = 0;
		for (Submissions.Value v : values) {
			String dimension = null;
			String code = null;
			int broken = 0;
			for (int i = 0; i < Dimensions.CODES.size(); i++) {
				if (!Dimensions.TOTAL.equals(v.codes().get(i))) {
					broken++;
					dimension = Dimensions.CODES.get(i);
					code = v.codes().get(i);
				}
			}
			if (broken > 1) {
				others++;
			}
			else {
				byKey.put(Row.key(v.indicator(), dimension, code), v);
			}
		}
		for (int i = 0; i < this.rows.size(); i++) {
			Row r = this.rows.get(i);
			Submissions.Value v = byKey.get(r.key());
			if (v != null) {
				set(i, new Row(r.line(), r.indicator(), r.dimension(), r.code(), plain(v.value()),
						(v.note() != null) ? v.note() : "", r.problems()));
			}
		}
		return others;
	}

	/**
	 * Takes what another grid of the same report holds, row by row (a grid widened by a
	 * country numbers its rows anew).
	 */
	void carry(EntryGrid other) {
		Map<String, Row> byKey = new HashMap<>();
		other.rows.forEach((r) -> byKey.put(r.key(), r));
		for (int i = 0; i < this.rows.size(); i++) {
			Row r = this.rows.get(i);
			Row typed = byKey.get(r.key());
			if (typed != null) {
				set(i, new Row(r.line(), r.indicator(), r.dimension(), r.code(), typed.value(), typed.note(),
						r.problems()));
			}
		}
	}

	/** Takes the form's fields as typed, so nothing is lost when the save is refused. */
	void fill(Map<String, String> form) {
		for (int i = 0; i < this.rows.size(); i++) {
			Row r = this.rows.get(i);
			set(i, new Row(r.line(), r.indicator(), r.dimension(), r.code(),
					form.getOrDefault("v." + r.line(), "").trim(), form.getOrDefault("n." + r.line(), "").trim(),
					r.problems()));
		}
	}

	/**
	 * Puts each problem on its cell (a problem of a total and its breakdown on the total,
	 * and the breakdown is marked), and in the list of messages above the grid.
	 */
	void flag(List<ImportReport.Problem> problems, DataMessages messages, java.util.Locale locale) {
		for (ImportReport.Problem p : problems) {
			Row row = null;
			if (p.line() > 0 && p.line() <= this.rows.size()) {
				row = this.rows.get((int) p.line() - 1);
			}
			else if (p.cell() != null) {
				String[] pieces = p.cell().split(" · ");
				String indicator = pieces[0];
				row = this.rows.stream()
					.filter((r) -> r.total() && r.indicator().equals(indicator))
					.findFirst()
					.orElse(null);
				if (pieces.length > 2 && pieces[2].endsWith("=" + Dimensions.TOTAL)) {
					this.mismatched.add(indicator + "|" + pieces[2].substring(0, pieces[2].indexOf('=')));
				}
			}
			String text = messages.text(p, locale);
			if (row != null) {
				row.problems().add(text);
			}
			this.flags.add(new Flag(row, text, p.isError()));
		}
	}

	public List<Flag> flags() {
		return this.flags;
	}

	public long errorCount() {
		return this.flags.stream().filter(Flag::error).count();
	}

	/** Whether a breakdown's sum differs from its total. */
	public boolean mismatched(String indicator, String dimension) {
		return this.mismatched.contains(indicator + "|" + dimension);
	}

	/**
	 * The lines of a refused save whose errors are all on cells of this grid: saving the
	 * other cells keeps the work. Empty when any error concerns something else (a
	 * revision reason, the period), which the whole save waits for.
	 */
	java.util.Set<Integer> badLines(ImportReport report) {
		java.util.Set<Integer> lines = new java.util.TreeSet<>();
		for (ImportReport.Problem p : report.problems()) {
			if (p.isError()) {
				if (p.line() <= 0 || p.line() > this.rows.size()) {
					return java.util.Set.of();
				}
				lines.add((int) p.line());
			}
		}
		return (lines.size() == report.errors()) ? lines : java.util.Set.of();
	}

	/** Puts back what was typed on the given lines (cells that could not be saved). */
	void keepTyped(EntryGrid typed, java.util.Set<Integer> lines) {
		for (Integer line : lines) {
			Row t = typed.rows.get(line - 1);
			Row r = this.rows.get(line - 1);
			set(line - 1, new Row(r.line(), r.indicator(), r.dimension(), r.code(), t.value(), t.note(), r.problems()));
		}
	}

	/** The cells with a value, as rows for the import, less the lines to leave alone. */
	List<SourceRow> values(Period period, java.util.Set<Integer> skip) {
		List<SourceRow> values = new ArrayList<>();
		for (Row r : this.rows) {
			if (!r.value().isEmpty() && !skip.contains(r.line())) {
				values.add(SourceRow.of(r.line(), r.indicator(), period.code(), codes(r), number(r.value()),
						r.note().isEmpty() ? null : r.note()));
			}
		}
		return values;
	}

	/** The cells left empty, to clear whatever the report held there. */
	List<SourceRow> cleared(Period period, java.util.Set<Integer> skip) {
		List<SourceRow> cleared = new ArrayList<>();
		for (Row r : this.rows) {
			if (r.value().isEmpty() && !skip.contains(r.line())) {
				cleared.add(SourceRow.of(r.line(), r.indicator(), period.code(), codes(r), null, null));
			}
		}
		return cleared;
	}

	private static Map<String, String> codes(Row r) {
		return (r.dimension() == null) ? Map.of() : Map.of(r.dimension(), r.code());
	}

	private void set(int i, Row row) {
		this.rows.set(i, row);
		for (int b = 0; b < this.blocks.size(); b++) {
			Block block = this.blocks.get(b);
			if (block.total().line() == row.line()) {
				this.blocks.set(b, new Block(block.indicator(), row, block.breakdowns()));
				return;
			}
			for (List<Row> list : block.breakdowns().values()) {
				for (int j = 0; j < list.size(); j++) {
					if (list.get(j).line() == row.line()) {
						list.set(j, row);
						return;
					}
				}
			}
		}
	}

	/**
	 * Accepts what people type: the page language's form ({@code 1 234,5}) or the plain
	 * one ({@code 1234.5}).
	 */
	static String number(String typed) {
		return org.hamkori.shared.text.Figures.plain(typed,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
