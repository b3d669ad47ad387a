package org.hamkori.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hamkori.indicators.Dimensions;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes an import's checked rows straight into {@code data_value}, under an id per
 * period that becomes the period's new draft or is merged into its existing one
 * afterwards. On PostgreSQL the rows stream with {@code COPY}; elsewhere they go in
 * batches. It all happens in the import's transaction, so a failed or dry run leaves
 * nothing behind.
 */
@Component
class ValueWriters {

	static final String COLUMNS = "submission_id, indicator, " + Dimensions.COLUMN_LIST + ", obs_value, note";

	private static final String PLACEHOLDERS = String.join(", ", Collections.nCopies(COLUMNS.split(",").length, "?"));

	/** Inserts one row of {@link #COLUMNS}. */
	static final String INSERT = """
			insert into data_value (%s)
			values (%s)""".formatted(COLUMNS, PLACEHOLDERS);

	private static final int BATCH = 5_000;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private volatile Boolean postgres;

	ValueWriters(DataSource dataSource, JdbcTemplate jdbc) {
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
	 * Opens the writing of one import; must be called inside the import's transaction.
	 */
	Writer open() {
		return isPostgres() ? new CopyWriter() : new BatchWriter();
	}

	/** Receives rows; {@link #finish()} flushes them. */
	interface Writer {

		void add(UUID submission, String indicator, String[] dimensions, BigDecimal value, String note);

		void finish();

		/**
		 * Gives up a writing that failed halfway, leaving the connection usable for the
		 * rollback.
		 */
		void abort();

	}

	private final class BatchWriter implements Writer {

		private final List<Object[]> batch = new ArrayList<>(BATCH);

		@Override
		public void add(UUID submission, String indicator, String[] dimensions, BigDecimal value, String note) {
			Object[] row = new Object[4 + dimensions.length];
			row[0] = submission;
			row[1] = indicator;
			System.arraycopy(dimensions, 0, row, 2, dimensions.length);
			row[2 + dimensions.length] = value;
			row[3 + dimensions.length] = note;
			this.batch.add(row);
			if (this.batch.size() >= BATCH) {
				flush();
			}
		}

		private void flush() {
			if (!this.batch.isEmpty()) {
				ValueWriters.this.jdbc.batchUpdate(INSERT, this.batch);
				this.batch.clear();
			}
		}

		@Override
		public void finish() {
			flush();
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
			Connection connection = DataSourceUtils.getConnection(ValueWriters.this.dataSource);
			try {
				PGConnection pg = connection.unwrap(PGConnection.class);
				this.copy = new PGCopyOutputStream(pg,
						"COPY data_value (%s) FROM STDIN WITH (FORMAT csv)".formatted(COLUMNS), 1 << 16);
				this.printer = new CSVPrinter(
						new BufferedWriter(new OutputStreamWriter(this.copy, StandardCharsets.UTF_8), 1 << 16),
						CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY into the values failed", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void add(UUID submission, String indicator, String[] dimensions, BigDecimal value, String note) {
			try {
				this.printer.print(submission);
				this.printer.print(indicator);
				for (String d : dimensions) {
					this.printer.print(d);
				}
				this.printer.print(value.toPlainString());
				this.printer.print(note);
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
