package org.hamkori.issues;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle of an issue, as a table of allowed steps. */
class IssueStatusTests {

	@Test
	void anIssueMovesForwardAlongItsLifecycle() {
		assertThat(IssueStatus.RAISED.canMoveTo(IssueStatus.UNDER_DISCUSSION)).isTrue();
		assertThat(IssueStatus.UNDER_DISCUSSION.canMoveTo(IssueStatus.RECOMMENDATION_AGREED)).isTrue();
		assertThat(IssueStatus.RECOMMENDATION_AGREED.canMoveTo(IssueStatus.ESCALATED)).isTrue();
		assertThat(IssueStatus.RECOMMENDATION_AGREED.canMoveTo(IssueStatus.POLICY_RESPONSE_ADOPTED)).isTrue();
		assertThat(IssueStatus.ESCALATED.canMoveTo(IssueStatus.POLICY_RESPONSE_ADOPTED)).isTrue();
		assertThat(IssueStatus.POLICY_RESPONSE_ADOPTED.canMoveTo(IssueStatus.MONITORING)).isTrue();
		assertThat(IssueStatus.MONITORING.canMoveTo(IssueStatus.CLOSED)).isTrue();
	}

	@Test
	void noStepIsSkippedAndEndsAreFinal() {
		assertThat(IssueStatus.RAISED.canMoveTo(IssueStatus.CLOSED)).isFalse();
		assertThat(IssueStatus.RAISED.canMoveTo(IssueStatus.POLICY_RESPONSE_ADOPTED)).isFalse();
		assertThat(IssueStatus.UNDER_DISCUSSION.canMoveTo(IssueStatus.MONITORING)).isFalse();
		assertThat(IssueStatus.CLOSED.next()).isEmpty();
		assertThat(IssueStatus.SET_ASIDE.next()).isEmpty();
		assertThat(IssueStatus.MONITORING.canMoveTo(IssueStatus.SET_ASIDE)).isFalse();
	}

	@Test
	void everyOpenStepBeforeAPolicyResponseMayBeSetAsideAndClosingNeedsAReason() {
		for (IssueStatus status : new IssueStatus[] { IssueStatus.RAISED, IssueStatus.UNDER_DISCUSSION,
				IssueStatus.RECOMMENDATION_AGREED, IssueStatus.ESCALATED }) {
			assertThat(status.canMoveTo(IssueStatus.SET_ASIDE)).as(status.name()).isTrue();
		}
		assertThat(IssueStatus.CLOSED.needsReason()).isTrue();
		assertThat(IssueStatus.SET_ASIDE.needsReason()).isTrue();
		assertThat(IssueStatus.MONITORING.needsReason()).isFalse();
		assertThat(IssueStatus.CLOSED.isOpen()).isFalse();
	}

}
