package org.hamkori.issues.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hamkori.issues.Issue;

/**
 * An issue's text and classification as the secretariat corrects them, in the language of
 * the page. The version is the one the editor read, for the conflict check.
 */
record EditIssueForm(@NotBlank(message = "{validation.issue.title}") String title, String description,
		List<@NotNull(message = "{validation.issue.gcm}") @Min(value = 1,
				message = "{validation.issue.gcm}") @Max(value = 23, message = "{validation.issue.gcm}") Integer> gcm,
		List<String> mgi, String affectedGroups, Integer version) {

	static EditIssueForm of(Issue issue, String language) {
		return new EditIssueForm(orEmpty(issue.title().get(language)), orEmpty(issue.description().get(language)),
				issue.gcmObjectiveList(), issue.mgiDomainList(), orEmpty(issue.affectedGroups()), issue.version());
	}

	EditIssueForm withVersion(Integer newVersion) {
		return new EditIssueForm(this.title, this.description, this.gcm, this.mgi, this.affectedGroups, newVersion);
	}

	/** The ticked objectives, never null, for the check boxes. */
	public List<Integer> chosenGcm() {
		return (this.gcm != null) ? this.gcm : List.of();
	}

	/** The ticked domains, never null, for the check boxes. */
	public List<String> chosenMgi() {
		return (this.mgi != null) ? this.mgi : List.of();
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
