package org.hamkori.browser;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.hamkori.indicators.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The National Bank of Tajikistan reports the last ended quarter's remittances in a real
 * browser: it uploads a CSV as Russian-locale Excel writes it, sees the total flagged for
 * a jump since the previous quarter, explains it with a note in the entry grid and
 * submits; the secretariat approves, saves a chart to the dashboard, and the new point is
 * there. The demo data leave that quarter unreported; the test puts it back that way
 * afterwards.
 */
class DataExchangeBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	UUID obligation;

	Period period;

	String chartTitle;

	@Test
	void uploadFlagNoteSubmitApproveAndSeeThePointOnTheDashboard() {
		this.obligation = this.jdbc
			.sql("select o.id from reporting_obligation o join data_set d on d.id = o.data_set_id"
					+ " join mechanism m on m.id = d.mechanism_id where d.code = 'DEMO_REMITTANCES' and m.code = 'CCM-TJ'")
			.query(UUID.class)
			.single();
		// The quarter after the newest one the demo story reported, which it left for
		// this test.
		this.period = Period
			.of(this.jdbc.sql("select max(period) from submission where obligation_id = ?")
				.param(this.obligation)
				.query(String.class)
				.single())
			.next();
		BigDecimal previous = this.jdbc.sql(
				"select obs_value from published_value where obligation_id = ? and period = ? and indicator = 'REMITTANCES'"
						+ " and counterpart_area = '_T' and sex = '_T'")
			.params(this.obligation, this.period.previous().code())
			.query(BigDecimal.class)
			.single();
		long total = previous.multiply(new BigDecimal("1.5")).longValue();
		long kazakhstan = 1000;
		String csv = "\uFEFFПоказатель;Период;Страна;Значение\n" + "REMITTANCES;" + this.period.code() + ";;" + total
				+ "\n" + "REMITTANCES;" + this.period.code() + ";Российская Федерация;" + (total - kazakhstan) + "\n"
				+ "REMITTANCES;" + this.period.code() + ";Казахстан;" + kazakhstan + "\n";

		// the National Bank uploads, checks and saves
		logIn(this.page, "focal.nbt.tj");
		this.page.navigate("/data/obligations/" + this.obligation);
		this.page.locator("#file")
			.setInputFiles(new FilePayload("переводы.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		this.page.locator("form[action*='/uploads'] button[type=submit]").click();
		this.page.locator("#check-upload").click();
		assertThat(this.page.locator("#upload-problems tr.warning")).hasCount(1);
		this.page.locator("#save-upload").click();
		assertThat(this.page.locator("#upload-saved")).isVisible();

		// the flagged total gets its note in the entry grid
		this.page.navigate("/data/obligations/" + this.obligation + "/periods/" + this.period.code());
		assertThat(this.page.locator("tr.flagged")).hasCount(1);
		assertThat(this.page.locator("tr.flagged input[name='cells[v.1]']")).hasValue(Long.toString(total));
		this.page.locator("input[name='cells[n.1]']").fill("A new bank corridor opened in July");
		this.page.locator("#entry-grid button[type=submit]:not([name=add])").click();
		assertThat(this.page.locator("#saved")).isVisible();
		assertThat(this.page.locator("tr.flagged")).hasCount(0);

		// and the report goes for approval
		this.page.locator("#entry-grid .buttons a").click();
		this.page.locator("#submit-report").click();
		UUID report = this.jdbc
			.sql("select id from submission where obligation_id = ? and period = ? order by revision desc")
			.params(this.obligation, this.period.code())
			.query(UUID.class)
			.list()
			.get(0);
		assertEquals("SUBMITTED", status(report));

		// the secretariat approves and puts the series on the dashboard
		Page secretariat = freshContext(new Browser.NewContextOptions());
		logIn(secretariat, "secretariat.tj");
		secretariat.navigate("/data/submissions/" + report);
		secretariat.locator("#approve-report").click();
		assertThat(secretariat.locator("#status")).isVisible();
		assertEquals("APPROVED", status(report));
		this.chartTitle = "Remittances received " + UUID.randomUUID().toString().substring(0, 8);
		secretariat.navigate("/mechanisms/CCM-TJ/analytics?view=SERIES&indicator=REMITTANCES&from="
				+ (this.period.year() - 1) + "&to=" + this.period.year());
		secretariat.locator("#chart-title").fill(this.chartTitle);
		secretariat.locator("form[action$='/dashboard/charts'] button[type=submit]").click();
		var tile = secretariat.locator("article")
			.filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHas(secretariat.locator("h2", new Page.LocatorOptions().setHasText(this.chartTitle))));
		assertThat(tile).hasCount(1);
		assertThat(tile.locator("tr")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(this.period.code()))
			.locator("td")
			.first()).hasText(grouped(total));
	}

	/**
	 * The figure grouped as the user's language writes it: by comma or a (no-break)
	 * space.
	 */
	private static java.util.regex.Pattern grouped(long value) {
		return java.util.regex.Pattern
			.compile("^" + String.format(java.util.Locale.ROOT, "%,d", value).replace(",", "[,\\s\u00a0\u202f]") + "$");
	}

	private String status(UUID report) {
		return this.jdbc.sql("select status from submission where id = ?").param(report).query(String.class).single();
	}

	/** Leaves the quarter unreported again, as the demo data and their tests expect. */
	@AfterEach
	void putTheDemoQuarterBack() {
		if (this.obligation == null || this.period == null) {
			return;
		}
		this.jdbc.sql("delete from published_value where obligation_id = ? and period = ?")
			.params(this.obligation, this.period.code())
			.update();
		for (UUID s : this.jdbc.sql("select id from submission where obligation_id = ? and period = ?")
			.params(this.obligation, this.period.code())
			.query(UUID.class)
			.list()) {
			this.jdbc.sql("delete from data_value where submission_id = ?").param(s).update();
			this.jdbc.sql("delete from submission_step where submission_id = ?").param(s).update();
			this.jdbc.sql("delete from submission where id = ?").param(s).update();
		}
		this.jdbc.sql("delete from data_upload where obligation_id = ?").param(this.obligation).update();
		if (this.chartTitle != null) {
			this.jdbc.sql("delete from saved_chart where title = ?").param(this.chartTitle).update();
		}
	}

}
