package org.hamkori.reporting;

/**
 * Where one version of a period's report stands. Draft and returned reports can be
 * edited; submitted ones wait for the secretariat (an edit by the reporter recalls them
 * to draft); approved ones are locked and only a revision changes them; a superseded one
 * was approved once and replaced by an approved revision.
 */
public enum SubmissionStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED, SUPERSEDED;

	public boolean editable() {
		return this == DRAFT || this == RETURNED || this == SUBMITTED;
	}

	public String key() {
		return "data.status." + name();
	}

}
