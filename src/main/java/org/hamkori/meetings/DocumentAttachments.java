package org.hamkori.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.Documents;
import org.hamkori.documents.StoredDocument;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * The PDFs attached to a meeting and its agenda items, in agenda order, as far as the
 * viewer may see them: what the meeting pack merges in after its own pages.
 */
@Component
class DocumentAttachments implements MeetingAttachments {

	private final Documents documents;

	private final AgendaItemRepository agenda;

	DocumentAttachments(Documents documents, AgendaItemRepository agenda) {
		this.documents = documents;
		this.agenda = agenda;
	}

	@Override
	public List<Attachment> pdfsFor(Meeting meeting, Viewer viewer) {
		List<DocumentOwner> owners = new ArrayList<>();
		owners.add(new DocumentOwner(Meeting.DOCUMENT_KIND, meeting.id()));
		for (AgendaItem item : this.agenda.findByMeetingId(meeting.id())) {
			if (item.status() == AgendaStatus.ACCEPTED) {
				owners.add(new DocumentOwner(AgendaItem.DOCUMENT_KIND, item.id()));
			}
		}
		Map<DocumentOwner, List<StoredDocument>> attached = this.documents.visibleOn(owners, viewer);
		List<Attachment> pdfs = new ArrayList<>();
		for (DocumentOwner owner : owners) {
			for (StoredDocument document : attached.getOrDefault(owner, List.of())) {
				if ("application/pdf".equals(document.mediaType())) {
					pdfs.add(new Attachment(document.fileName(), () -> this.documents.open(document)));
				}
			}
		}
		return pdfs;
	}

}
