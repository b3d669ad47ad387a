package org.hamkori.documents.web;

import java.util.UUID;

import org.hamkori.documents.DocumentPreviews;
import org.hamkori.documents.Documents;
import org.hamkori.documents.StoredDocument;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.LocalPaths;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads for the pages (anonymous visitors get public documents only), and removal
 * after a confirmation. After removal the user goes back to the page they came from,
 * which must be a path of this site.
 */
@Controller
class DocumentController {

	private final Documents documents;

	private final DocumentPreviews previews;

	DocumentController(Documents documents, DocumentPreviews previews) {
		this.documents = documents;
		this.previews = previews;
	}

	/**
	 * The first page of a PDF as a PNG, with the document's own rights and caching; 404
	 * when the document is hidden or has no preview.
	 */
	@GetMapping("/documents/{id}/preview")
	ResponseEntity<byte[]> preview(@PathVariable UUID id, Viewer viewer) {
		StoredDocument document = this.documents.visible(id, viewer).orElseThrow(NotFoundException::new);
		byte[] png = this.previews.png(document).orElseThrow(NotFoundException::new);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.IMAGE_PNG);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl(Downloads.cacheControl(document));
		return ResponseEntity.ok().headers(headers).body(png);
	}

	/**
	 * What a page shows where the preview goes (loaded by htmx): the picture when there
	 * is one, a placeholder that says why otherwise.
	 */
	@GetMapping("/documents/{id}/preview/panel")
	String previewPanel(@PathVariable UUID id, Viewer viewer, Model model) {
		StoredDocument document = this.documents.visible(id, viewer).orElseThrow(NotFoundException::new);
		model.addAttribute("document", document);
		model.addAttribute("supported", this.previews.supports(document));
		model.addAttribute("available", this.previews.png(document).isPresent());
		return "documents/fragments :: previewPanel";
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<Resource> download(@PathVariable UUID id, Viewer viewer) {
		return Downloads.attachment(this.documents,
				this.documents.visible(id, viewer).orElseThrow(NotFoundException::new));
	}

	@GetMapping("/documents/{id}/delete")
	String confirm(@PathVariable UUID id, @RequestParam(required = false) String back, Viewer viewer, Model model) {
		StoredDocument document = this.documents.visible(id, viewer).orElseThrow(NotFoundException::new);
		if (!this.documents.canRemove(document, viewer)) {
			throw new ForbiddenException();
		}
		model.addAttribute("document", document);
		model.addAttribute("back", LocalPaths.orHome(back));
		return "documents/delete";
	}

	/** The page to return to once the document is gone. */
	record DeleteForm(String back) {
	}

	@PostMapping("/documents/{id}/delete")
	String delete(@PathVariable UUID id, @ModelAttribute DeleteForm form, Viewer viewer) {
		this.documents.remove(id, viewer);
		return "redirect:" + LocalPaths.orHome(form.back());
	}

}
