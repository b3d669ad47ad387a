package org.hamkori.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.hamkori.directory.Directory;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.reporting.StatisticsTestSupport.reader;
import static org.hamkori.reporting.StatisticsTestSupport.row;

/**
 * Reports of CCM-TJ's National Bank under a data set with a unique code and name, entered
 * and submitted through the real import and submission services; the moment of submitting
 * can be set afterwards, since the services stamp it with the clock.
 */
final class CompletenessTestData {

	final StatisticsTestSupport support;

	final JdbcClient jdbc;

	final DataSets dataSets;

	final DataImport imports;

	final Submissions submissions;

	final Viewer focal;

	final Viewer secretariat;

	CompletenessTestData(JdbcClient jdbc, Directory directory, DataSets dataSets, DataImport imports,
			Submissions submissions) {
		this.support = new StatisticsTestSupport(jdbc, directory, dataSets);
		this.jdbc = jdbc;
		this.dataSets = dataSets;
		this.imports = imports;
		this.submissions = submissions;
		this.focal = this.support.viewer("focal.nbt.tj");
		this.secretariat = this.support.viewer("secretariat.tj");
	}

	/** A quarterly set reported by the National Bank from a period, due 30 days after. */
	Obligation obligation(String code, String firstPeriod) {
		return obligation(code, firstPeriod, Visibility.MEMBERS);
	}

	Obligation obligation(String code, String firstPeriod, Visibility visibility) {
		DataSet set = this.dataSets.create(StatisticsTestSupport.TJ, code,
				LocalizedText.of("en", "Remittance inflows " + code), Periodicity.QUARTERLY, visibility,
				List.of(new DataSet.Item("REMITTANCES", List.of("COUNTERPART_AREA"), true, null, null, null,
						BigDecimal.ONE)),
				this.secretariat);
		return this.dataSets.addObligation(set.id(), this.support.organisation("NBT", "TJ"), 30, Period.of(firstPeriod),
				this.secretariat);
	}

	/** Enters a period's figures; the draft. */
	Submission draft(Obligation o, String period) {
		ImportReport report = this.imports.run(new DataImport.Request(o.id(), false, null),
				reader(List.of(row(2, "REMITTANCES", period, "100"))), this.focal);
		assertThat(report.stored()).as("%s", report.problems()).isTrue();
		return this.submissions.current(o.id(), Period.of(period)).orElseThrow();
	}

	/** Enters and submits a period's figures; the submitted version. */
	Submission submit(Obligation o, String period) {
		Submission draft = draft(o, period);
		assertThat(this.submissions.submit(draft.id(), draft.version(), this.focal)).isEmpty();
		return this.submissions.find(draft.id()).orElseThrow();
	}

	/** Enters and submits a period's figures as if submitted at a moment. */
	Submission submitAt(Obligation o, String period, OffsetDateTime at) {
		Submission submitted = submit(o, period);
		this.jdbc.sql("update submission set submitted_at = ? where id = ?").params(at, submitted.id()).update();
		this.jdbc.sql("update submission_step set at = ? where submission_id = ? and status = 'SUBMITTED'")
			.params(at, submitted.id())
			.update();
		return this.submissions.find(submitted.id()).orElseThrow();
	}

	void approve(Submission submitted) {
		this.submissions.approve(submitted.id(), submitted.version(), this.secretariat);
	}

}
