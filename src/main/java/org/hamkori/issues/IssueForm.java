package org.hamkori.issues;

import java.util.List;
import java.util.UUID;

import org.hamkori.shared.security.Visibility;

/**
 * A new issue: its title and description in one language, the raising institution, the
 * GCM objectives and MGI domains it touches, the groups it affects, and who may see it.
 */
public record IssueForm(String language, String title, String description, UUID raisedBy, UUID raisedAtMeeting,
		List<Integer> gcmObjectives, List<String> mgiDomains, String affectedGroups, Visibility visibility) {

	/** The six MGI / SDG 10.7.2 policy domains. */
	public static final List<String> MGI_DOMAINS = List.of("rights", "whole-of-government", "partnerships",
			"socioeconomic", "mobility-crises", "safe-orderly");

}
