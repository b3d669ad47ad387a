package org.hamkori.shared.jdbc;

import java.util.UUID;

import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading and marking the {@link VisibilityColumns visibility column} of one module's
 * records, with the audit event of each change published: what the meetings' and the
 * issue loop's publication services share, so each keeps only its own rights checks.
 */
public final class VisibilityMarks {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	public VisibilityMarks(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The record's visibility; "not found" when there is no such record. */
	public Visibility of(String table, UUID id) {
		return VisibilityColumns.read(this.jdbc, table, id).orElseThrow(NotFoundException::new);
	}

	/**
	 * Sets the visibility the viewer chose, whose right to it the caller has checked, and
	 * publishes the audit event when it changed.
	 */
	public void mark(Viewer viewer, UUID mechanismId, String table, UUID id, Visibility visibility) {
		VisibilityColumns.change(this.jdbc, viewer, mechanismId, table, id, visibility)
			.ifPresent(this.events::publishEvent);
	}

	/** Demo data only: marks the record public without a viewer or an audit row. */
	public void markForDemo(String table, UUID id) {
		VisibilityColumns.write(this.jdbc, table, id, Visibility.PUBLIC);
	}

}
