package org.hamkori.issues;

import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The loop of the demo data: escalated, merged, sent down to four CCMs, three answers,
 * one issue closed.
 */
@HamkoriWebTest
class IssuesDemoDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRecruitmentFeesLoopIsThere() {
		assertThat(this.jdbc.sql("select count(*) from escalation e join issue i on i.id = e.issue_id "
				+ "where i.title like '%recruitment fees charged by private%' or i.title like '%Сборы с мигрантов%'")
			.query(Long.class)
			.single()).isEqualTo(2);
		String demo = "select i.status from incoming_item i join recommendation r on r.id = i.recommendation_id "
				+ "where r.text like '%employer-pays%'";
		assertThat(this.jdbc.sql(demo).query(String.class).list()).hasSize(4).filteredOn("ACCEPTED"::equals).hasSize(3);
		assertThat(this.jdbc.sql("select status from issue where title like '%pre-departure orientation%'")
			.query(String.class)
			.list()).contains("CLOSED");
		assertThat(this.mvc.get().uri("/regional/escalations").with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains("High recruitment fees charged by private employment agencies", "CCM-UZ");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/home").with(as("chair.tj"))).hasStatusOk()
			.bodyText()
			.contains("High cost of remittances");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-KZ/home").with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.contains("employer-pays principle")
			.doesNotContain("High cost of remittances");
	}

}
