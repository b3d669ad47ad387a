package org.hamkori.documents.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hamkori.documents.Documents;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Downloads for machine clients, with the same rights as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Files attached to meetings, agenda items and action updates")
class DocumentApi {

	private final Documents documents;

	DocumentApi(Documents documents) {
		this.documents = documents;
	}

	@GetMapping("/documents/{id}")
	@Operation(summary = "A document's content, as an attachment; 404 when it does not exist or is not visible")
	ResponseEntity<Resource> download(@PathVariable UUID id, Viewer viewer) {
		return Downloads.attachment(this.documents,
				this.documents.visible(id, viewer).orElseThrow(NotFoundException::new));
	}

}
