package org.hamkori.documents.web;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.documents.DocumentLibrary;
import org.hamkori.documents.DocumentLibrary.Listed;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A mechanism's documents, newest first, for its members (others get 404, as on the
 * meetings page): each file with the record it belongs to, only what the viewer may see.
 */
@Controller
class MechanismDocumentsController {

	private final Directory directory;

	private final DocumentLibrary library;

	MechanismDocumentsController(Directory directory, DocumentLibrary library) {
		this.directory = directory;
		this.library = library;
	}

	@GetMapping("/mechanisms/{code}/documents")
	String list(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.admin() && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		Paging<Listed> paging = Paging.of(this.library.ofMechanism(mechanism.id(), viewer), page);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("paging", paging);
		return "documents/mechanism";
	}

}
