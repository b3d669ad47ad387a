package org.hamkori.reporting;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.hamkori.directory.Directory;
import org.hamkori.formats.RowReader;
import org.hamkori.formats.SourceRow;
import org.hamkori.indicators.CodeLists;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import every channel goes through: the entry grid, the XLSX template, CSV in
 * its layouts, SDMX-CSV and the JSON API. Rows stream from a {@link RowReader}, are
 * checked one by one (indicator of the data set, period of the obligation, known codes, a
 * number, not negative, in range) and written straight into the values under an id per
 * period; then, in SQL, repeats of a cell with another value are refused, the periods'
 * drafts are taken (a new period's draft takes its rows' id; rows for an existing draft
 * are merged into it) and totals, changes needing a note and required totals are checked,
 * all in one transaction. Any error rolls all of it back, so an import stores everything
 * or nothing; a dry run always rolls back and reports what saving would do. Resending the
 * same figures changes nothing.
 */
@Service
public class DataImport {

	private final DataSets dataSets;

	private final Submissions submissions;

	private final TransactionTemplate transactions;

	private final ImportRun.Tools tools;

	DataImport(DataSets dataSets, Submissions submissions, Drafts drafts, DataChecks checks, CodeLists codeLists,
			ValueWriters writers, DraftMerge merge, Directory directory, IndicatorCatalogue catalogue,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.transactions = new TransactionTemplate(transactionManager);
		this.tools = new ImportRun.Tools(codeLists, writers, drafts, checks, merge, directory, catalogue, clock);
	}

	/**
	 * What to import into, and how. {@code clear} names cells to empty (the entry grid's
	 * cleared cells: canonical indicator, period and codes, values ignored); files never
	 * clear anything. {@code ownCountryOnly} keeps only the rows of the mechanism's own
	 * country from a file of several reporting countries: the others are skipped and
	 * counted, not refused one by one.
	 */
	public record Request(UUID obligationId, boolean dryRun, String revisionReason, List<SourceRow> clear,
			boolean ownCountryOnly) {

		public Request {
			clear = (clear != null) ? List.copyOf(clear) : List.of();
		}

		public Request(UUID obligationId, boolean dryRun, String revisionReason, List<SourceRow> clear) {
			this(obligationId, dryRun, revisionReason, clear, false);
		}

		public Request(UUID obligationId, boolean dryRun, String revisionReason) {
			this(obligationId, dryRun, revisionReason, List.of(), false);
		}

	}

	public ImportReport run(Request request, RowReader reader, Viewer viewer) {
		return run(request, reader, viewer, (n) -> {
		});
	}

	/**
	 * Imports a stream of values into an obligation's periods, reporting the rows read so
	 * far to {@code progress} every few thousand rows.
	 */
	public ImportReport run(Request request, RowReader reader, Viewer viewer, LongConsumer progress) {
		Obligation obligation = this.dataSets.obligation(request.obligationId()).orElseThrow(NotFoundException::new);
		if (!this.submissions.canReport(obligation, viewer)) {
			throw new NotFoundException();
		}
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		ImportRun run = new ImportRun(this.tools, request, obligation, set, viewer, progress);
		try {
			ImportReport report = this.transactions.execute((status) -> run.execute(reader, status));
			return report;
		}
		catch (DuplicateKeyException ex) {
			throw new org.hamkori.shared.web.ConflictException();
		}
		finally {
			try {
				reader.close();
			}
			catch (IOException ex) {
				// nothing more to read
			}
		}
	}

}
