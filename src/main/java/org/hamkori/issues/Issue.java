package org.hamkori.issues;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An issue named in a mechanism: what it is, who raised it (and at which meeting), its
 * GCM objectives (1–23) and MGI / SDG 10.7.2 domains, the groups it affects, its status
 * and visibility. {@code incomingFrom} is set on an issue that arrived as a regional
 * recommendation to answer.
 */
@Table("issue")
public record Issue(@Id UUID id, UUID mechanismId, LocalizedText title, LocalizedText description, UUID raisedBy,
		UUID raisedAtMeeting, String gcmObjectives, String mgiDomains, String affectedGroups, IssueStatus status,
		Visibility visibility, UUID incomingFrom, Instant createdAt, Instant updatedAt, @Version Integer version) {

	public List<Integer> gcmObjectiveList() {
		return split(this.gcmObjectives).stream().map(Integer::valueOf).toList();
	}

	public List<String> mgiDomainList() {
		return split(this.mgiDomains);
	}

	static List<String> split(String value) {
		return (value == null || value.isBlank()) ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	Issue withStatus(IssueStatus status, Instant at) {
		return new Issue(this.id, this.mechanismId, this.title, this.description, this.raisedBy, this.raisedAtMeeting,
				this.gcmObjectives, this.mgiDomains, this.affectedGroups, status, this.visibility, this.incomingFrom,
				this.createdAt, at, this.version);
	}

}
