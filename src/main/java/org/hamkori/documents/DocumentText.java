package org.hamkori.documents;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The text of a stored document (PDF, DOCX, XLSX, ODT, plain text), extracted with Apache
 * Tika once and kept in {@code document_text}. Bounded: files above the upload cap are
 * never stored, at most {@value #MAX_CHARS} characters are kept, and a file Tika cannot
 * read (or that is hostile) yields no text rather than an error. Called from the search's
 * background indexing, never on a request thread.
 */
@Component
class DocumentText {

	/** Most characters kept of one document. */
	static final int MAX_CHARS = 500_000;

	private static final Logger log = LoggerFactory.getLogger(DocumentText.class);

	private final JdbcClient jdbc;

	private final Documents documents;

	private final DocumentRecords records;

	private final Clock clock;

	private final AutoDetectParser parser = new AutoDetectParser();

	DocumentText(JdbcClient jdbc, Documents documents, DocumentRecords records, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.records = records;
		this.clock = clock;
	}

	/** The text of a document, extracted now if it never was; empty if it has none. */
	String of(UUID documentId) {
		Optional<String> kept = this.jdbc.sql("select content from document_text where document_id = ?")
			.param(documentId)
			.query(String.class)
			.optional();
		if (kept.isPresent()) {
			return kept.get();
		}
		Optional<StoredDocument> document = this.records.find(documentId);
		if (document.isEmpty()) {
			return "";
		}
		String text = extract(document.get());
		try {
			this.jdbc.sql("insert into document_text (document_id, content, extracted_at) values (?, ?, ?)")
				.params(documentId, text, OffsetDateTime.now(this.clock))
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			// extracted at the same moment by another indexing thread or node: the same
			// text
		}
		return text;
	}

	private String extract(StoredDocument document) {
		if (document.mediaType().startsWith("image/")) {
			return "";
		}
		BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
		Metadata metadata = new Metadata();
		metadata.set(Metadata.CONTENT_TYPE, document.mediaType());
		try (InputStream in = this.documents.open(document)) {
			this.parser.parse(in, handler, metadata, new ParseContext());
		}
		catch (Exception ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				log.info("No text from document {} ({}): {}", document.id(), document.mediaType(), ex.toString());
				return "";
			}
		}
		catch (StackOverflowError | OutOfMemoryError ex) {
			log.warn("No text from document {}: the file is too complex", document.id());
			return "";
		}
		String text = handler.toString().replace('\u0000', ' ').strip();
		return (text.length() > MAX_CHARS) ? text.substring(0, MAX_CHARS) : text;
	}

}
