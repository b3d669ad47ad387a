package org.hamkori.reporting;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.directory.Directory;
import org.hamkori.notifications.Follows;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's submission and approval are audited as steps of its data set, and so tell
 * whoever follows the data set: the member who follows it hears of the approval, and the
 * institution that submitted hears nothing of its own submission.
 */
@HamkoriWebTest
class DataSetStepsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	DataImport imports;

	@Autowired
	Submissions submissions;

	@Autowired
	Follows follows;

	@Test
	void submittingAndApprovingAReportAreStepsOfItsDataSet() throws Exception {
		CompletenessTestData data = new CompletenessTestData(this.jdbc, this.directory, this.dataSets, this.imports,
				this.submissions);
		String code = "STEPS_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		Obligation obligation = data.obligation(code, "2023-Q1");
		UUID set = obligation.dataSetId();
		this.follows.follow(data.focal, "data-set", set);
		this.follows.follow(data.support.viewer("chair.tj"), "data-set", set);

		Submission submitted = data.submit(obligation, "2023-Q1");
		data.approve(submitted);

		UUID chair = data.support.viewer("chair.tj").userId();
		await(() -> count(chair, set, "report-approved") == 1 && count(chair, set, "report-submitted") == 1);
		assertThat(count(data.focal.userId(), set, "report-submitted"))
			.as("the submitter is not told of their own step")
			.isZero();
		await(() -> count(data.focal.userId(), set, "report-approved") == 1);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where record_id = ? and action like 'report-%'")
			.param(set)
			.query(Long.class)
			.single()).as("audited").isEqualTo(2);
	}

	private long count(UUID userId, UUID set, String step) {
		return this.jdbc.sql("select count(*) from notification where user_id = ? and record_id = ? and detail = ?")
			.params(userId, set, step)
			.query(Long.class)
			.single();
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("not within twenty seconds");
			}
			Thread.sleep(100);
		}
	}

}
