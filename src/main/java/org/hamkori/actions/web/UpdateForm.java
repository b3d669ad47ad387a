package org.hamkori.actions.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionStatus;
import org.hamkori.actions.ProgressUpdate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A progress report typed on a page: the new status, a note, the reason when dropping and
 * (secretariat only) a new due date, with the version that was read; a file as evidence,
 * and the page it was sent from ({@code mine} for the reporter's own list).
 */
record UpdateForm(ActionStatus status, @Size(max = 2000, message = "{validation.size.max}") String note,
		@Size(max = 1000, message = "{validation.size.max}") String dropReason,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, Long version, MultipartFile evidence,
		String from) {

	static UpdateForm of(ActionItem action) {
		return new UpdateForm(action.status(), "", action.dropReason(), action.dueDate(), action.version(), null, null);
	}

	boolean hasEvidence() {
		return this.evidence != null && !this.evidence.isEmpty();
	}

	ProgressUpdate toUpdate() {
		return new ProgressUpdate(this.status, this.note, this.dropReason, this.dueDate, this.version);
	}

	UpdateForm withVersion(Long current) {
		return new UpdateForm(this.status, this.note, this.dropReason, this.dueDate, current, null, this.from);
	}

}
