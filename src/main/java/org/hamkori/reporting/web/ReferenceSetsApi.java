package org.hamkori.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamkori.shared.web.ApiProblems;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.ReferenceSet;
import org.hamkori.reporting.ReferenceSets;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.ProblemResponses;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * International reference series by API: the sets a caller may see, and loading a set's
 * figures from a CSV file (several countries; published when saved, all or none) for the
 * regional secretariat and admins.
 */
@RestController
@Tag(name = "Reference series", description = "International reference series (WDI, UN DESA, ILOSTAT, IMF)")
class ReferenceSetsApi {

	/** A reference set as clients see it. */
	record ReferenceSetView(UUID id, String code, String source, @Nullable String sourceUrl,
			@Nullable LocalDate retrieved, String periodicity, String visibility, List<String> indicators,
			int figures) {
	}

	/**
	 * What a file's save did: the reference set as published, the figures the file saved,
	 * and the regions and groups (World Bank codes such as WLD) left out because they are
	 * not countries, with the same notice the page shows, in the caller's language.
	 */
	record Loaded(ReferenceSetView referenceSet, int saved, List<String> groupsLeftOut, @Nullable String notice) {
	}

	private final ReferenceSets references;

	private final DataMessages messages;

	ReferenceSetsApi(ReferenceSets references, DataMessages messages) {
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/api/v1/reference-sets")
	@Operation(summary = "The international reference series the caller may see, with their sources")
	List<ReferenceSetView> list(Viewer viewer) {
		return this.references.all(viewer).stream().map(this::view).toList();
	}

	@ProblemResponses(422)
	@PostMapping(path = "/api/v1/reference-sets/{id}/figures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Save and publish a reference set's figures from a CSV file (REF_AREA, TIME_PERIOD, "
			+ "OBS_VALUE and optionally INDICATOR, SEX, COUNTERPART_AREA); all or none, 422 lists every problem")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "The reference set as published, the figures saved and the groups left out",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Loaded.class)))
	ResponseEntity<?> load(@PathVariable UUID id, @RequestParam MultipartFile file, Viewer viewer, Locale locale)
			throws IOException {
		ReferenceSet set = this.references.find(id, viewer).orElseThrow(NotFoundException::new);
		try (InputStream in = file.getInputStream()) {
			ReferenceSets.Saved saved = this.references.save(id, in, viewer);
			String notice = saved.groupsLeftOut().isEmpty() ? null : this.messages
				.text("data.reference.groups-left-out", List.of(String.join(", ", saved.groupsLeftOut())), locale);
			return ResponseEntity.ok(new Loaded(view(this.references.find(set.set().id(), viewer).orElseThrow()),
					saved.figures(), saved.groupsLeftOut(), notice));
		}
		catch (RuleViolation ex) {
			return ApiProblems.answer(ApiProblems.refused(HttpStatus.UNPROCESSABLE_CONTENT, ex, (p) -> this.messages
				.text(p.messageKey(), Arrays.stream(p.arguments()).map(String::valueOf).toList(), locale)));
		}
	}

	private ReferenceSetView view(ReferenceSet r) {
		DataSet set = r.set();
		return new ReferenceSetView(set.id(), set.code(), r.source().name(), r.source().url(), r.source().retrieved(),
				set.periodicity().name(), set.visibility().name(),
				set.indicators().stream().map(DataSet.Item::indicator).toList(), this.references.count(set.id()));
	}

}
