package org.hamkori.issues;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The life of an issue: raised → under discussion → recommendation agreed → (escalated to
 * the region) → policy response adopted → monitoring → closed, or set aside with a reason
 * at any open step. {@link #next()} lists the steps allowed from each.
 */
public enum IssueStatus {

	RAISED, UNDER_DISCUSSION, RECOMMENDATION_AGREED, ESCALATED, POLICY_RESPONSE_ADOPTED, MONITORING, CLOSED, SET_ASIDE;

	public Set<IssueStatus> next() {
		return switch (this) {
			case RAISED -> EnumSet.of(UNDER_DISCUSSION, SET_ASIDE);
			case UNDER_DISCUSSION -> EnumSet.of(RECOMMENDATION_AGREED, SET_ASIDE);
			case RECOMMENDATION_AGREED -> EnumSet.of(ESCALATED, POLICY_RESPONSE_ADOPTED, SET_ASIDE);
			case ESCALATED -> EnumSet.of(POLICY_RESPONSE_ADOPTED, SET_ASIDE);
			case POLICY_RESPONSE_ADOPTED -> EnumSet.of(MONITORING, CLOSED);
			case MONITORING -> EnumSet.of(CLOSED);
			case CLOSED, SET_ASIDE -> EnumSet.noneOf(IssueStatus.class);
		};
	}

	public boolean canMoveTo(IssueStatus target) {
		return next().contains(target);
	}

	/** Closing or setting aside needs a reason in the step's note. */
	public boolean needsReason() {
		return this == CLOSED || this == SET_ASIDE;
	}

	public boolean isOpen() {
		return this != CLOSED && this != SET_ASIDE;
	}

	public String messageKey() {
		return "issue.status." + name().toLowerCase(Locale.ROOT);
	}

}
