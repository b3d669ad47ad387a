package org.hamkori.workspace;

import java.time.Instant;
import java.util.List;

/**
 * Everything "My work" shows one reader, section by section; {@code changesSince} is the
 * start of the reader's previous visit (or, on a first visit, the start of the look-back
 * window) and {@code firstVisit} says which.
 */
public record Work(List<WorkItem> meetings, List<WorkItem> actions, List<WorkItem> reports, List<WorkItem> minutes,
		List<WorkItem> incoming, List<WorkItem> changes, Instant changesSince, boolean firstVisit) {

	/** Whether no section has anything. */
	public boolean isEmpty() {
		return this.meetings.isEmpty() && this.actions.isEmpty() && this.reports.isEmpty() && this.minutes.isEmpty()
				&& this.incoming.isEmpty() && this.changes.isEmpty();
	}

}
