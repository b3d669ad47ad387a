package org.hamkori.results;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A programme's semi-annual progress report for one period ({@code 2025-H1}): its state,
 * a narrative per section, and the comments made while it was circulated, in order.
 */
@Table("progress_report")
public record ProgressReport(@Id UUID id, UUID programmeId, String period, ReportState state, String summary,
		@Column("results_text") String results, @Column("activities_text") String activities, String risks,
		String createdBy, Instant createdAt, String finalisedBy, Instant finalisedAt,
		@MappedCollection(idColumn = "progress_report_id", keyColumn = "position") List<Comment> comments,
		@Version Long version) {

	public ProgressReport {
		comments = (comments != null) ? List.copyOf(comments) : List.of();
	}

	public ResultPeriod resultPeriod() {
		return ResultPeriod.parse(this.period).orElseThrow();
	}

	ProgressReport with(ReportState state, Narrative narrative, List<Comment> comments, String finalisedBy,
			Instant finalisedAt, Long version) {
		return new ProgressReport(this.id, this.programmeId, this.period, state, narrative.summary(),
				narrative.results(), narrative.activities(), narrative.risks(), this.createdBy, this.createdAt,
				finalisedBy, finalisedAt, comments, version);
	}

	public Narrative narrative() {
		return new Narrative(this.summary, this.results, this.activities, this.risks);
	}

	/** A comment by a reader of the programme while the report was circulated. */
	@Table("progress_report_comment")
	public record Comment(String author, String body, Instant createdAt) {
	}

	/** The narrative sections, each optional. */
	public record Narrative(String summary, String results, String activities, String risks) {
	}

}
