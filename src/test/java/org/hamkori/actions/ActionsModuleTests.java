package org.hamkori.actions;

import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.MembershipManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actions module with every module it depends on: the daily reminder run publishes
 * {@link ActionReminderDue} for an open action due within a week, which the notifications
 * module turns into an e-mail to its owner.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ActionsModuleTests {

	@Autowired
	ActionItems actions;

	@Autowired
	ActionReminders reminders;

	@Autowired
	Directory directory;

	@Autowired
	MembershipManagement memberships;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOpenActionDueWithinAWeekGetsAReminder(Scenario scenario) {
		ActionTestData data = new ActionTestData(this.actions, this.directory, this.memberships, this.jdbc);
		UUID owner = data.organisation("NBT", "TJ");
		LocalDate due = this.directory.today().plusDays(3);
		ActionItem action = data.action("CCM-TJ", owner, "Module test action " + UUID.randomUUID(), due);

		scenario.stimulate(this.reminders::remindDue)
			.andWaitForEventOfType(ActionReminderDue.class)
			.matching((event) -> event.actionId().equals(action.id()))
			.toArriveAndVerify((event, recorded) -> {
				assertThat(event.kind()).isEqualTo(ReminderKind.DUE_SOON);
				assertThat(event.dueDate()).isEqualTo(due);
				assertThat(event.ownerOrganisationId()).isEqualTo(owner);
				assertThat(event.mechanismId()).isEqualTo(action.mechanismId());
				assertThat(recorded).isPositive();
			});
	}

}
