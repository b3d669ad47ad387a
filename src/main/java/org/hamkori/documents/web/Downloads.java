package org.hamkori.documents.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.hamkori.documents.Documents;
import org.hamkori.documents.StoredDocument;
import org.hamkori.shared.security.Visibility;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One way to send a document, for the pages and the API alike: always as an attachment
 * under its cleaned name (RFC 6266, with the RFC 5987 UTF-8 form), with the type detected
 * at upload, never sniffed by the browser, and kept out of shared caches unless it is
 * public.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<Resource> attachment(Documents documents, StoredDocument document) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(document.mediaType()));
		headers.setContentLength(document.size());
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setETag("\"" + document.sha256() + "\"");
		headers.setCacheControl(cacheControl(document));
		return ResponseEntity.ok().headers(headers).body(new InputStreamResource(documents.open(document)));
	}

	/** Public documents may be cached for a while; the others never leave the browser. */
	static CacheControl cacheControl(StoredDocument document) {
		return (document.visibility() == Visibility.PUBLIC) ? CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()
				: CacheControl.noStore().cachePrivate();
	}

}
