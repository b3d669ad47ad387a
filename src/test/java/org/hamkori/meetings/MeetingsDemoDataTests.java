package org.hamkori.meetings;

import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The founding story is there to explore: the adopted 1st CCM Tajikistan meeting with its
 * three items, decisions and actions (done and overdue), the 1st RCM meeting in Almaty,
 * and the next CCM meeting announced, whose follow-up item lists the open actions.
 */
@HamkoriWebTest
class MeetingsDemoDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFoundingMeetingsAreThere() {
		UUID first = meeting("CCM-TJ", 1);
		assertThat(this.jdbc.sql("select status || ' ' || time_zone || ' ' || starts_local from meeting where id = ?")
			.param(first)
			.query(String.class)
			.single()).startsWith("MINUTES_ADOPTED Asia/Dushanbe 2022-11-29");
		assertThat(this.mvc.get().uri("/meetings/" + first + "/minutes").with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains("CCM-TJ/1/D1", "CCM-TJ/1/D2", "CCM-TJ/1/D3", "Share quarterly remittance data");
		assertThat(this.mvc.get().uri("/meetings/" + first).with(as("focal.nbt.tj"))).bodyText()
			.contains("Exchange of experience and information on migration developments and trends",
					"Strategic partnerships", "Preparing the 1st meeting of the Regional Coordination Mechanism");

		UUID regional = meeting("RCM", 1);
		assertThat(this.jdbc.sql("select time_zone || ' ' || starts_local from meeting where id = ?")
			.param(regional)
			.query(String.class)
			.single()).startsWith("Asia/Almaty 2022-12-14");

		UUID next = meeting("CCM-TJ", 2);
		assertThat(this.jdbc.sql("select status || ' ' || visibility from meeting where id = ?")
			.param(next)
			.query(String.class)
			.single()).as("announced on the public portal").isEqualTo("ANNOUNCED PUBLIC");
		assertThat(this.mvc.get().uri("/meetings/" + next).with(as("focal.nbt.tj"))).bodyText()
			.contains("Map partners&#39; migration programmes", "overdue")
			.doesNotContain("Prepare the national presentation");

		String token = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		assertThat(this.mvc.get()
			.uri("/api/v1/actions?mechanism=CCM-TJ&status=DONE")
			.header("Authorization", "Bearer " + token)).bodyJson()
			.extractingPath("$[?(@.decisionNumber == 'CCM-TJ/1/D1')].overdue")
			.asArray()
			.containsOnly(false);
		assertThat(this.mvc.get()
			.uri("/api/v1/actions?mechanism=CCM-TJ&status=OPEN")
			.header("Authorization", "Bearer " + token)).bodyJson()
			.extractingPath("$[?(@.decisionNumber == 'CCM-TJ/1/D2')].overdue")
			.asArray()
			.containsOnly(true);
	}

	private UUID meeting(String mechanism, int number) {
		return this.jdbc.sql(
				"select meeting.id from meeting join mechanism m on m.id = meeting.mechanism_id where m.code = ? and number = ? and meeting_type in ('ORDINARY', 'REGIONAL')")
			.params(mechanism, number)
			.query(UUID.class)
			.single();
	}

}
