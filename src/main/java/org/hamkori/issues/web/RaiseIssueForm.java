package org.hamkori.issues.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hamkori.issues.IssueForm;
import org.hamkori.shared.security.Visibility;

/**
 * A new issue as a member types it on the raise page. The mechanism comes from the
 * address and the language from the page; status and version cannot be sent. The lengths
 * and the membership of the raising institution are checked by the lifecycle.
 */
record RaiseIssueForm(@NotBlank(message = "{validation.issue.title}") String title, String description,
		@NotNull(message = "{validation.issue.raisedBy}") UUID raisedBy,
		List<@NotNull(message = "{validation.issue.gcm}") @Min(value = 1,
				message = "{validation.issue.gcm}") @Max(value = 23, message = "{validation.issue.gcm}") Integer> gcm,
		List<String> mgi, String affectedGroups, Visibility visibility) {

	static RaiseIssueForm empty() {
		return new RaiseIssueForm("", "", null, List.of(), List.of(), "", Visibility.MEMBERS);
	}

	IssueForm toIssueForm(String language) {
		return new IssueForm(language, this.title, this.description, this.raisedBy, null, this.gcm, this.mgi,
				this.affectedGroups, this.visibility);
	}

}
