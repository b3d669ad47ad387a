package org.hamkori.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamkori.TestViewers;
import org.hamkori.directory.Directory;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting module with the modules it depends on (shared, directory, indicators,
 * formats): a week before a report is due, the daily reminder run publishes
 * {@link SubmissionReminderDue} for the reporting institution, which the notifications
 * module turns into e-mails.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ReportingModuleTests {

	@Autowired
	DataSets dataSets;

	@Autowired
	SubmissionReminders reminders;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReportDueWithinAWeekIsAnnounced(Scenario scenario) {
		Viewer secretariat = TestViewers.seated(this.directory, "CCM-TJ", MembershipRole.SECRETARIAT);
		String code = StatisticsTestSupport.uniqueCode("MOD");
		DataSet set = this.dataSets.create(StatisticsTestSupport.TJ, code,
				LocalizedText.of("en", "Module test set " + code), Periodicity.QUARTERLY, Visibility.MEMBERS,
				List.of(new DataSet.Item("REMITTANCES", List.of("COUNTERPART_AREA"), true, null, null, null,
						BigDecimal.ONE)),
				secretariat);
		UUID bank = this.jdbc.sql("select id from organisation where acronym = 'NBT' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
		Obligation obligation = this.dataSets.addObligation(set.id(), bank, 30, Period.of("2024-Q1"), secretariat);
		LocalDate due = LocalDate.of(2024, 4, 30);

		scenario.stimulate(() -> this.reminders.run(due.minusDays(7)))
			.andWaitForEventOfType(SubmissionReminderDue.class)
			.matching((event) -> event.obligationId().equals(obligation.id()))
			.toArriveAndVerify((event, recorded) -> {
				assertThat(event.kind()).isEqualTo(SubmissionReminderDue.Kind.BEFORE);
				assertThat(event.period()).isEqualTo("2024-Q1");
				assertThat(event.dueDate()).isEqualTo(due);
				assertThat(event.organisationId()).isEqualTo(bank);
				assertThat(event.mechanismId()).isEqualTo(StatisticsTestSupport.TJ);
				assertThat(event.dataSetCode()).isEqualTo(code);
				assertThat(recorded).isPositive();
			});
	}

}
