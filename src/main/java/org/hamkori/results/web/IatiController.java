package org.hamkori.results.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hamkori.results.IatiActivities;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * IATI 2.03 activity files (decision 0035): one programme for a client with a token, by
 * the one visibility rule (a programme the caller may not see answers 404), and every
 * public programme in one file open to anyone, for the IATI registry to fetch.
 */
@RestController
@Tag(name = "IATI", description = "Programmes and their results as IATI 2.03 activities")
class IatiController {

	private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

	private final IatiActivities activities;

	IatiController(IatiActivities activities) {
		this.activities = activities;
	}

	@GetMapping("/api/v1/programmes/{id}/iati.xml")
	@Operation(summary = "One programme as an IATI 2.03 activity file; 404 when the caller may not see it")
	@ApiResponse(responseCode = "200", description = "The activity file",
			content = @Content(mediaType = "application/xml"))
	ResponseEntity<byte[]> programme(@PathVariable UUID id, Viewer viewer) {
		return ResponseEntity.ok().contentType(XML).body(this.activities.of(id, viewer));
	}

	/**
	 * The published file; while no programme is public there is no file (404), since the
	 * 2.03 schema has no valid form of an empty one.
	 */
	@GetMapping("/iati/activities.xml")
	@Operation(summary = "Every public programme as IATI 2.03 activities, open to anyone; 404 while none is public")
	@ApiResponse(responseCode = "200", description = "The activity file",
			content = @Content(mediaType = "application/xml"))
	ResponseEntity<byte[]> published() {
		byte[] file = this.activities.published().orElseThrow(NotFoundException::new);
		return ResponseEntity.ok().contentType(XML).body(file);
	}

}
