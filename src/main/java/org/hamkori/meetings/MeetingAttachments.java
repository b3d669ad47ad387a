package org.hamkori.meetings;

import java.util.List;

import org.hamkori.shared.security.Viewer;

import org.springframework.core.io.InputStreamSource;

/**
 * The PDF documents attached to a meeting that its pack includes after the agenda and the
 * participants, in this order. The documents module provides them; meetings only asks, so
 * it never depends on how documents are stored. An implementation returns only what the
 * viewer may read, and opens each stream when asked (the pack reads them one at a time,
 * each up to {@link MeetingPapers#MAX_ATTACHMENT_BYTES}). Until a bean of this type
 * exists, {@link #NONE} is used and packs carry no attachment.
 */
public interface MeetingAttachments {

	/** No attachments. */
	MeetingAttachments NONE = (meeting, viewer) -> List.of();

	/**
	 * The PDFs of a meeting that the viewer may read, in the order the pack shows them.
	 */
	List<Attachment> pdfsFor(Meeting meeting, Viewer viewer);

	/**
	 * One PDF: the name printed in the pack's list of documents, and its content, opened
	 * when the pack is built.
	 */
	record Attachment(String name, InputStreamSource content) {

	}

}
