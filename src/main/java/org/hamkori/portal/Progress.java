package org.hamkori.portal;

import java.time.LocalDate;
import java.util.List;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionStatus;

/**
 * Where a set of actions stands on a day: done, in progress (on time), overdue, not yet
 * started, dropped. Shares are of the actions still meant to happen, that is, all but the
 * dropped ones; overdue is derived from the day, never stored.
 */
public record Progress(int done, int inProgress, int overdue, int open, int dropped) {

	public static Progress of(List<ActionItem> actions, LocalDate today) {
		int done = 0;
		int inProgress = 0;
		int overdue = 0;
		int open = 0;
		int dropped = 0;
		for (ActionItem a : actions) {
			if (a.status() == ActionStatus.DONE) {
				done++;
			}
			else if (a.status() == ActionStatus.DROPPED) {
				dropped++;
			}
			else if (a.isOverdue(today)) {
				overdue++;
			}
			else if (a.status() == ActionStatus.IN_PROGRESS) {
				inProgress++;
			}
			else {
				open++;
			}
		}
		return new Progress(done, inProgress, overdue, open, dropped);
	}

	/** The actions still meant to happen. */
	public int counted() {
		return this.done + this.inProgress + this.overdue + this.open;
	}

	public int donePercent() {
		return percent(this.done);
	}

	public int inProgressPercent() {
		return percent(this.inProgress);
	}

	public int overduePercent() {
		return percent(this.overdue);
	}

	/** Implemented: it has actions, and every one still meant to happen is done. */
	public boolean implemented() {
		return counted() > 0 && this.done == counted();
	}

	private int percent(int part) {
		return (counted() == 0) ? 0 : (int) Math.round(100.0 * part / counted());
	}

}
