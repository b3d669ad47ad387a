package org.hamkori.actions;

import java.util.Locale;

/**
 * Where an action stands. {@code DONE} and {@code DROPPED} close it; dropping needs a
 * reason.
 */
public enum ActionStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED;

	public boolean isOpen() {
		return this == OPEN || this == IN_PROGRESS;
	}

	public String messageKey() {
		return "action.status." + name().toLowerCase(Locale.ROOT);
	}

}
