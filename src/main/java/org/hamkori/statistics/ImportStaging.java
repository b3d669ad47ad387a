package org.hamkori.statistics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Where an import's validated rows wait until the database has checked them as a set. On
 * PostgreSQL they stream with {@code COPY} into a temporary table dropped at commit or
 * rollback; elsewhere they go in batches into {@code import_row}, deleted by the import.
 * Either way the staging lives in the import's transaction, so a failed or dry run leaves
 * nothing behind.
 */
@Component
class ImportStaging {

	static final String COLUMNS = "import_id, line_no, indicator, period, " + Dimensions.COLUMN_LIST
			+ ", obs_value, note";

	private static final String PLACEHOLDERS = String.join(", ",
			java.util.Collections.nCopies(COLUMNS.split(",").length, "?"));

	private static final int BATCH = 5_000;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private volatile Boolean postgres;

	ImportStaging(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	boolean isPostgres() {
		if (this.postgres == null) {
			this.postgres = this.jdbc.execute((Connection c) -> c.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres"));
		}
		return this.postgres;
	}

	/**
	 * Opens the staging of one import; must be called inside the import's transaction.
	 */
	Writer open(UUID importId) {
		if (isPostgres()) {
			this.jdbc.execute("create temporary table if not exists import_stage (like import_row) on commit drop");
			// one import per temporary table: its id is a default, not a column sent with
			// every row
			this.jdbc.execute("alter table import_stage alter column import_id set default '" + importId + "'");
			return new CopyWriter();
		}
		return new BatchWriter(importId);
	}

	/**
	 * Gives the planner figures about the staged rows (temporary tables are never
	 * analysed on their own).
	 */
	void analyze() {
		if (isPostgres()) {
			this.jdbc.execute("analyze import_stage");
		}
	}

	/** The staged rows, as a table expression of this database. */
	String table() {
		return isPostgres() ? "import_stage" : "import_row";
	}

	/** Receives staged rows; {@link #finish()} flushes them. */
	interface Writer {

		void add(long line, String indicator, String period, String[] dimensions, BigDecimal value, String note);

		void finish();

		/** Removes what was staged (after the rows were merged). */
		void discard();

		/**
		 * Gives up a staging that failed halfway, leaving the connection usable for the
		 * rollback.
		 */
		void abort();

	}

	private final class BatchWriter implements Writer {

		private final UUID importId;

		private final List<Object[]> batch = new ArrayList<>(BATCH);

		BatchWriter(UUID importId) {
			this.importId = importId;
		}

		@Override
		public void add(long line, String indicator, String period, String[] dimensions, BigDecimal value,
				String note) {
			Object[] row = new Object[6 + dimensions.length];
			row[0] = this.importId;
			row[1] = line;
			row[2] = indicator;
			row[3] = period;
			System.arraycopy(dimensions, 0, row, 4, dimensions.length);
			row[4 + dimensions.length] = value;
			row[5 + dimensions.length] = note;
			this.batch.add(row);
			if (this.batch.size() >= BATCH) {
				flush();
			}
		}

		private void flush() {
			if (!this.batch.isEmpty()) {
				ImportStaging.this.jdbc
					.batchUpdate("insert into import_row (" + COLUMNS + ") values (" + PLACEHOLDERS + ")", this.batch);
				this.batch.clear();
			}
		}

		@Override
		public void finish() {
			flush();
		}

		@Override
		public void discard() {
			ImportStaging.this.jdbc.update("delete from import_row where import_id = ?", this.importId);
		}

		@Override
		public void abort() {
			this.batch.clear();
		}

	}

	private final class CopyWriter implements Writer {

		private final CSVPrinter printer;

		private PGCopyOutputStream copy;

		CopyWriter() {
			Connection connection = DataSourceUtils.getConnection(ImportStaging.this.dataSource);
			try {
				PGConnection pg = connection.unwrap(PGConnection.class);
				PGCopyOutputStream out = new PGCopyOutputStream(pg, "COPY import_stage ("
						+ COLUMNS.substring("import_id, ".length()) + ") FROM STDIN WITH (FORMAT csv)", 1 << 16);
				this.copy = out;
				this.printer = new CSVPrinter(
						new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
						CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY into the import staging failed", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void add(long line, String indicator, String period, String[] dimensions, BigDecimal value,
				String note) {
			try {
				this.printer.print(line);
				this.printer.print(indicator);
				this.printer.print(period);
				for (String d : dimensions) {
					this.printer.print(d);
				}
				this.printer.print(value.toPlainString());
				this.printer.print((note != null) ? note : null);
				this.printer.println();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void finish() {
			try {
				this.printer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void discard() {
			// the temporary table goes with the transaction
		}

		@Override
		public void abort() {
			try {
				if (this.copy != null && this.copy.isActive()) {
					this.copy.cancelCopy();
				}
			}
			catch (SQLException ex) {
				// the rollback that follows ends the transaction anyway
			}
		}

	}

}
