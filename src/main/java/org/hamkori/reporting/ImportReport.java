package org.hamkori.reporting;

import java.util.List;

/**
 * What an import (or its dry run) found and did: rows read, values new, changed and
 * unchanged, blank cells skipped, the periods it touched, and its problems by row. Only
 * the first {@link #MAX_LISTED} problems are listed; the counts cover all of them.
 * Nothing was stored unless {@code stored} is true.
 */
public record ImportReport(long rowsRead, long valuesNew, long valuesChanged, long valuesUnchanged, long skipped,
		List<String> periods, List<Problem> problems, long errors, long warnings, boolean dryRun, boolean stored) {

	public static final int MAX_LISTED = 500;

	public enum Severity {

		ERROR, WARNING

	}

	/**
	 * One problem: the file's line (0 when it concerns stored figures, not a line), what
	 * it concerns (indicator, period and codes, when known), a message key of the
	 * statistics bundle and its arguments.
	 */
	public record Problem(long line, Severity severity, String cell, String key, List<String> arguments) {

		public Problem {
			arguments = (arguments != null) ? List.copyOf(arguments) : List.of();
		}

		public boolean isError() {
			return this.severity == Severity.ERROR;
		}

	}

	public boolean hasErrors() {
		return this.errors > 0;
	}

	public long valuesSent() {
		return this.valuesNew + this.valuesChanged + this.valuesUnchanged;
	}

}
