package org.hamkori.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import jakarta.annotation.PreDestroy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first page of a PDF as a PNG, for a document's page. It is rendered once with
 * PDFBox, within bounds (at most {@value #LONG_SIDE} pixels on the long side, the PDF's
 * buffers on disk rather than in memory, and at most {@link #TIME_LIMIT} on one of
 * {@value #WORKERS} workers, or no preview), then kept in the file storage under a random
 * key, so every node serves the same picture. Callers check the viewer's rights on the
 * document first; other types have no preview and the page shows a placeholder.
 */
@Service
public class DocumentPreviews {

	static final int LONG_SIDE = 1000;

	static final int WORKERS = 2;

	static final Duration TIME_LIMIT = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(DocumentPreviews.class);

	private final DocumentRecords records;

	private final FileStorage storage;

	private final Documents documents;

	private final TransactionTemplate separately;

	private final Clock clock;

	private final Path temporary;

	private final ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(8), (r) -> {
				Thread t = new Thread(r, "hamkori-preview");
				t.setDaemon(true);
				return t;
			});

	DocumentPreviews(DocumentRecords records, FileStorage storage, Documents documents,
			PlatformTransactionManager transactions, Clock clock, HamkoriSettings settings) {
		this.records = records;
		this.storage = storage;
		this.documents = documents;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.temporary = settings.files().tempDir();
		this.workers.allowCoreThreadTimeOut(true);
	}

	/** Whether a preview can be made of this kind of file. */
	public boolean supports(StoredDocument document) {
		return FileType.PDF.mediaType().equals(document.mediaType());
	}

	/**
	 * The PNG of the document's first page, from the cache or rendered now; empty when
	 * the type has none or the file cannot be rendered within the bounds.
	 */
	public Optional<byte[]> png(StoredDocument document) {
		if (!supports(document)) {
			return Optional.empty();
		}
		Optional<byte[]> cached = cached(document.id());
		if (cached.isPresent()) {
			return cached;
		}
		Optional<byte[]> rendered = render(document);
		rendered.ifPresent((png) -> keep(document.id(), png));
		return rendered;
	}

	private Optional<byte[]> cached(UUID id) {
		Optional<String> key = this.records.previewKey(id);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream in = this.storage.get(key.get())) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private void keep(UUID id, byte[] png) {
		try {
			this.separately.executeWithoutResult((status) -> {
				String key = UUID.randomUUID().toString();
				try {
					this.storage.put(key, new ByteArrayInputStream(png), png.length);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.records.insertPreview(id, key, this.clock.instant().truncatedTo(ChronoUnit.MICROS));
			});
		}
		catch (DataIntegrityViolationException ex) {
			// another request or node kept the same preview first
		}
	}

	private Optional<byte[]> render(StoredDocument document) {
		Path copy;
		try {
			Files.createDirectories(this.temporary);
			copy = Files.createTempFile(this.temporary, "hamkori-preview-", ".pdf");
			try (InputStream in = this.documents.open(document)) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		// the worker deletes the copy once done, even after we stopped waiting
		Future<byte[]> job = null;
		try {
			job = this.workers.submit(() -> firstPage(copy));
			return Optional.of(job.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (RejectedExecutionException | ExecutionException ex) {
			log.info("No preview of document {}: {}", document.id(), ex.getClass().getSimpleName());
			return Optional.empty();
		}
		catch (TimeoutException ex) {
			job.cancel(true);
			log.info("No preview of document {}: rendering took too long", document.id());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		finally {
			if (job == null) {
				deleteQuietly(copy);
			}
		}
	}

	/** Renders page 1 so that its long side is at most {@value #LONG_SIDE} pixels. */
	static byte[] firstPage(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			if (document.getNumberOfPages() == 0) {
				throw new IOException("no pages");
			}
			PDPage page = document.getPage(0);
			PDRectangle box = page.getCropBox();
			float longSide = Math.max(1f, Math.max(box.getWidth(), box.getHeight()));
			float scale = Math.min(2f, LONG_SIDE / longSide);
			BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		finally {
			deleteQuietly(pdf);
		}
	}

	@PreDestroy
	void stop() {
		this.workers.shutdownNow();
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary file; the system's cleaning takes it
		}
	}

}
