package org.hamkori.reporting;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.hamkori.formats.ColumnMapping;
import org.hamkori.formats.CsvOptions;
import org.hamkori.formats.CsvPreview;
import org.hamkori.formats.FileFormatException;
import org.hamkori.formats.RowReader;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.settings.HamkoriSettings;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploaded data files: kept on disk under a random name until saved, read by the layout
 * the file shows (the XLSX template, SDMX-CSV, a wide or a long CSV), checked (a dry run)
 * and then saved, each run in the background with its progress in the database so the
 * page can show it. A CSV's column mapping is remembered per institution and header line.
 */
@Service
public class DataUploads {

	/** How a file is laid out. */
	public enum Layout {

		LONG, WIDE, SDMX, XLSX

	}

	/** Where an upload stands. */
	public enum Status {

		UPLOADED, CHECKING, CHECKED, SAVING, SAVED, FAILED;

		public boolean running() {
			return this == CHECKING || this == SAVING;
		}

	}

	/** An upload as its page shows it. */
	public record Upload(UUID id, UUID obligationId, UUID userId, String fileName, long size, Layout layout,
			CsvOptions options, Status status, long rowsRead, long bytesRead, ImportReport report, String failure,
			boolean ownCountryOnly) {

		/** How far the current run has read, in percent of the file. */
		public int percent() {
			return (this.size <= 0) ? 0 : (int) Math.min(100, this.bytesRead * 100 / this.size);
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DataUploads.class);

	private final JdbcClient jdbc;

	private final DataSets dataSets;

	private final Submissions submissions;

	private final DataImport imports;

	private final TaskExecutor executor;

	private final Path directory;

	private final Clock clock;

	private final TransactionTemplate separately;

	/** Whether the bytes are also kept in the database, for several nodes. */
	private final boolean shared;

	/** Marks failed what a stopped node left running, and removes idle uploads. */
	private final UploadHousekeeping housekeeping;

	DataUploads(JdbcClient jdbc, DataSets dataSets, Submissions submissions, DataImport imports,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, HamkoriSettings settings, Clock clock,
			PlatformTransactionManager transactionManager, UploadHousekeeping housekeeping) {
		this.separately = new TransactionTemplate(transactionManager);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.imports = imports;
		this.executor = executor;
		this.directory = settings.dataDir().resolve("uploads");
		this.clock = clock;
		this.shared = "database".equals(settings.files().store());
		this.housekeeping = housekeeping;
	}

	/**
	 * Keeps an uploaded file and finds its layout; a file that cannot be read at all
	 * (wrong encoding, empty) is refused with a {@link FileFormatException} and not kept.
	 */
	public Upload receive(UUID obligationId, String fileName, InputStream content, Viewer viewer) throws IOException {
		Obligation obligation = this.dataSets.obligation(obligationId).orElseThrow(NotFoundException::new);
		if (!this.submissions.canReport(obligation, viewer)) {
			throw new NotFoundException();
		}
		Files.createDirectories(this.directory);
		UUID id = UUID.randomUUID();
		Path file = this.directory.resolve(id.toString());
		long size = Files.copy(content, file);
		try {
			if (size == 0) {
				throw new FileFormatException("data.file.empty");
			}
			Layout layout;
			CsvOptions options = null;
			if (FileLayouts.isZip(file)) {
				layout = Layout.XLSX;
			}
			else {
				CsvPreview preview;
				try (InputStream in = Files.newInputStream(file)) {
					preview = CsvPreview.read(in);
				}
				layout = preview.looksSdmx() ? Layout.SDMX : preview.looksWide() ? Layout.WIDE : Layout.LONG;
				ColumnMapping mapping = remembered(obligation.organisationId(), preview.headerKey())
					.orElseGet(preview::suggestedMapping);
				options = CsvOptions.of(preview, mapping);
				// a data set of one indicator needs no indicator column: preselect it
				List<DataSet.Item> items = this.dataSets.find(obligation.dataSetId())
					.map(DataSet::indicators)
					.orElse(List.of());
				if (layout != Layout.SDMX && items.size() == 1 && !mapping.has(ColumnMapping.INDICATOR)) {
					options = options.withFixedIndicator(items.get(0).indicator());
				}
			}
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			byte[] bytes = this.shared ? Files.readAllBytes(file) : null;
			String encoded = encode(options);
			// The row and, with the database store, the bytes: both or neither.
			this.separately.executeWithoutResult((status) -> {
				this.jdbc.sql("""
						insert into data_upload (id, obligation_id, user_id, file_name, stored_name, size_bytes,
						layout, options, status, rows_read, bytes_read, created_at, updated_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, 'UPLOADED', 0, 0, ?, ?)""")
					.params(id, obligationId, viewer.userId(), shorten(fileName), id.toString(), size, layout.name(),
							encoded, now, now)
					.update();
				if (bytes != null) {
					this.jdbc.sql("insert into data_upload_content (upload_id, content) values (?, ?)")
						.params(id, bytes)
						.update();
				}
			});
			return find(id).orElseThrow();
		}
		catch (RuntimeException | IOException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	public Optional<Upload> find(UUID id) {
		return this.jdbc.sql("""
				select id, obligation_id, user_id, file_name, size_bytes, layout, options, status, rows_read,
				bytes_read, report, failure, own_country_only from data_upload where id = ?""")
			.param(id)
			.query((rs, n) -> new Upload(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getLong(5), Layout.valueOf(rs.getString(6)),
					decode(rs.getString(7)), Status.valueOf(rs.getString(8)), rs.getLong(9), rs.getLong(10),
					(rs.getString(11) != null) ? JSON.readValue(rs.getString(11), ImportReport.class) : null,
					rs.getString(12), rs.getBoolean(13)))
			.optional();
	}

	/** An upload only the person who sent it may work on. */
	public Upload mine(UUID id, Viewer viewer) {
		Upload upload = find(id).orElseThrow(NotFoundException::new);
		if (!upload.userId().equals(viewer.userId())) {
			throw new NotFoundException();
		}
		return upload;
	}

	/**
	 * Sets how a CSV is read and remembers the mapping for the institution's next file.
	 */
	public void configure(UUID id, CsvOptions options, Viewer viewer) throws IOException {
		Upload upload = mine(id, viewer);
		Obligation obligation = this.dataSets.obligation(upload.obligationId()).orElseThrow();
		this.jdbc.sql("update data_upload set options = ?, updated_at = ? where id = ?")
			.params(encode(options), OffsetDateTime.now(this.clock), id)
			.update();
		CsvPreview preview;
		try (InputStream in = Files.newInputStream(local(id))) {
			preview = CsvPreview.read(in);
		}
		String key = preview.headerKey();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int updated = this.jdbc
			.sql("update column_mapping set mapping = ?, updated_at = ? where organisation_id = ? and header_key = ?")
			.params(options.mapping().encode(), now, obligation.organisationId(), key)
			.update();
		if (updated == 0) {
			this.jdbc.sql(
					"insert into column_mapping (organisation_id, header_key, mapping, updated_at) values (?, ?, ?, ?)")
				.params(obligation.organisationId(), key, options.mapping().encode(), now)
				.update();
		}
	}

	/** The preview of a CSV upload, for its mapping form. */
	public CsvPreview preview(UUID id) throws IOException {
		try (InputStream in = Files.newInputStream(local(id))) {
			return CsvPreview.read(in);
		}
	}

	/** Starts checking (a dry run) or saving in the background. */
	public void start(UUID id, boolean save, String revisionReason, Viewer viewer) {
		Upload upload = mine(id, viewer);
		if (upload.status().running()) {
			return;
		}
		if (save && (upload.status() != Status.CHECKED || upload.report() == null || upload.report().hasErrors())) {
			throw RuleViolation.of("data.upload.check-first");
		}
		int claimed = this.jdbc.sql("""
				update data_upload set status = ?, rows_read = 0, bytes_read = 0, failure = null, updated_at = ?,
				runner = ? where id = ? and status = ?""")
			.params(save ? Status.SAVING.name() : Status.CHECKING.name(), OffsetDateTime.now(this.clock),
					this.housekeeping.node(), id, upload.status().name())
			.update();
		if (claimed == 0) {
			return;
		}
		this.executor.execute(() -> run(upload, save, revisionReason, viewer));
	}

	/**
	 * Keeps only the rows of the mechanism's own country from now on (the others are
	 * skipped and named, not refused) and checks the file again. Only a checked or failed
	 * upload changes: a running one is left to finish, a saved one is done.
	 */
	public void keepOwnCountry(UUID id, Viewer viewer) {
		Upload upload = mine(id, viewer);
		if (upload.status() != Status.CHECKED && upload.status() != Status.FAILED
				&& upload.status() != Status.UPLOADED) {
			throw RuleViolation.of("data.upload.check-first");
		}
		this.jdbc.sql("update data_upload set own_country_only = true, updated_at = ? where id = ?")
			.params(OffsetDateTime.now(this.clock), id)
			.update();
		start(id, false, null, viewer);
	}

	/** Runs an upload's check or save now, on this thread. */
	ImportReport run(Upload upload, boolean save, String revisionReason, Viewer viewer) {
		AtomicLong bytes = new AtomicLong();
		try {
			Path file = local(upload.id());
			ImportReport report;
			try (InputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
					bytes)) {
				RowReader reader = FileLayouts.reader(upload.layout(), upload.options(), file, in);
				report = this.imports.run(
						new DataImport.Request(upload.obligationId(), !save, revisionReason, List.of(),
								upload.ownCountryOnly()),
						reader, viewer, (rows) -> progress(upload.id(), rows, bytes.get()));
			}
			Status status = (save && report.stored()) ? Status.SAVED : Status.CHECKED;
			this.jdbc.sql("""
					update data_upload set status = ?, report = ?, bytes_read = size_bytes, rows_read = ?,
					updated_at = ? where id = ?""")
				.params(status.name(), JSON.writeValueAsString(report), report.rowsRead(),
						OffsetDateTime.now(this.clock), upload.id())
				.update();
			if (status == Status.SAVED) {
				Files.deleteIfExists(file);
				this.jdbc.sql("delete from data_upload_content where upload_id = ?").param(upload.id()).update();
			}
			return report;
		}
		catch (FileFormatException ex) {
			fail(upload.id(), ex.messageKey() + "|"
					+ String.join("|", java.util.Arrays.stream(ex.arguments()).map(String::valueOf).toList()));
			return null;
		}
		catch (RuleViolation ex) {
			fail(upload.id(), ex.messageKey());
			return null;
		}
		catch (IOException | RuntimeException ex) {
			fail(upload.id(), "data.upload.failed");
			return null;
		}
	}

	/**
	 * Writes progress in its own transaction, so the page sees it while the import's one
	 * is open.
	 */
	private void progress(UUID id, long rows, long bytes) {
		this.separately.executeWithoutResult((status) -> this.jdbc
			.sql("update data_upload set rows_read = ?, bytes_read = ?, updated_at = ? where id = ?")
			.params(rows, bytes, OffsetDateTime.now(this.clock), id)
			.update());
	}

	/**
	 * The upload's file on this node's disk. With the database store, a file another node
	 * received is copied from the database first, so any node can check and save it.
	 */
	private Path local(UUID id) throws IOException {
		Path file = this.directory.resolve(id.toString());
		if (!this.shared || Files.exists(file)) {
			return file;
		}
		byte[] content = this.jdbc.sql("select content from data_upload_content where upload_id = ?")
			.param(id)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new java.io.FileNotFoundException(id.toString()));
		Files.createDirectories(this.directory);
		Path part = Files.createTempFile(this.directory, id.toString(), ".part");
		try {
			Files.write(part, content);
			Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(part);
		}
		return file;
	}

	private void fail(UUID id, String failure) {
		this.jdbc.sql("update data_upload set status = 'FAILED', failure = ?, updated_at = ? where id = ?")
			.params(shorten(failure), OffsetDateTime.now(this.clock), id)
			.update();
	}

	private Optional<ColumnMapping> remembered(UUID organisationId, String headerKey) {
		return this.jdbc.sql("select mapping from column_mapping where organisation_id = ? and header_key = ?")
			.params(organisationId, headerKey)
			.query(String.class)
			.optional()
			.map(ColumnMapping::decode);
	}

	private static String encode(CsvOptions options) {
		if (options == null) {
			return null;
		}
		return (int) options.delimiter() + "\n" + options.decimalComma() + "\n" + nullToEmpty(options.fixedIndicator())
				+ "\n" + nullToEmpty(options.fixedPeriod()) + "\n" + options.mapping().encode();
	}

	private static CsvOptions decode(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split("\n", 5);
		return new CsvOptions((char) Integer.parseInt(parts[0]), Boolean.parseBoolean(parts[1]),
				ColumnMapping.decode(parts[4]), parts[2], parts[3]);
	}

	private static String nullToEmpty(String s) {
		return (s != null) ? s : "";
	}

	private static String shorten(String s) {
		return shorten(s, 500);
	}

	private static String shorten(String s, int max) {
		String t = (s != null) ? s : "";
		return (t.length() > max) ? t.substring(0, max) : t;
	}

}
