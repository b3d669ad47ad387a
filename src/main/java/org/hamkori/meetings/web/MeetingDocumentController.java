package org.hamkori.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.Documents;
import org.hamkori.meetings.AgendaItem;
import org.hamkori.meetings.AgendaItemForm;
import org.hamkori.meetings.AgendaKind;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingPlanning;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MultipartFile;

/**
 * The secretariat attaches documents to a meeting or to one of its agenda items; the
 * documents module checks the file and decides, on every download, who may see it.
 */
@Controller
class MeetingDocumentController {

	private final Meetings meetings;

	private final MeetingPlanning planning;

	private final Documents documents;

	private final AgendaModel agendaModel;

	MeetingDocumentController(Meetings meetings, MeetingPlanning planning, Documents documents,
			AgendaModel agendaModel) {
		this.meetings = meetings;
		this.planning = planning;
		this.documents = documents;
		this.agendaModel = agendaModel;
	}

	/** A file for the meeting, or for one of its agenda items, and who may see it. */
	record UploadForm(MultipartFile file, Visibility visibility, UUID agendaItem) {
	}

	@PostMapping("/meetings/{id}/documents")
	String upload(@PathVariable UUID id, @ModelAttribute UploadForm form, BindingResult errors, Viewer viewer,
			Model model) throws IOException {
		TypedInput.require(errors);
		Meeting meeting = this.planning.managedMeeting(viewer, id);
		DocumentOwner owner = new DocumentOwner(Meeting.DOCUMENT_KIND, id);
		MultipartFile file = form.file();
		Visibility visibility = form.visibility();
		if (form.agendaItem() != null) {
			AgendaItem item = this.meetings.agendaItem(form.agendaItem())
				.filter((i) -> i.meetingId().equals(id))
				.orElseThrow(NotFoundException::new);
			owner = new DocumentOwner(AgendaItem.DOCUMENT_KIND, item.id());
		}
		try {
			if (file == null || file.isEmpty()) {
				throw RuleViolation.of("documents.rejected.empty");
			}
			try (InputStream content = file.getInputStream()) {
				this.documents.upload(owner, meeting.mechanismId(),
						(visibility != null) ? visibility : Visibility.MEMBERS, Set.of(), file.getOriginalFilename(),
						file.getSize(), content, viewer);
			}
			return "redirect:/meetings/" + id + "?uploaded#documents";
		}
		catch (RuleViolation ex) {
			this.agendaModel.addMeeting(model, meeting, viewer);
			model.addAttribute("newItem", AgendaItemForm.empty());
			model.addAttribute("kinds", AgendaKind.values());
			model.addAttribute("uploadProblem", ex);
			return "meetings/meeting";
		}
	}

}
