package org.hamkori.analytics;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures' reads say when they last changed (the latest approval among them) as
 * {@code Last-Modified}, and answer 304 to an {@code If-Modified-Since} not older than
 * that; an older one gets the figures.
 */
@HamkoriWebTest
class FiguresLastModifiedTests {

	private static final Instant APPROVED = Instant.parse("2025-03-04T05:06:07Z");

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
			java.util.Locale.US);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/data-values?mechanism=CCM-TJ&indicator=REMITTANCES&from={y}&to={y}",
			"/api/v1/series?mechanism=CCM-TJ&indicator=REMITTANCES&from={y}&to={y}" })
	void anUnchangedRangeAnswers304(String address) throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "MEMBERS")
			.value("REMITTANCES", year, "_T", "_T", "12.5", APPROVED);
		String uri = address.replace("{y}", Integer.toString(year));
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		String expected = HTTP_DATE.format(APPROVED.atZone(ZoneOffset.UTC));

		MvcTestResult first = this.mvc.get().uri(uri).header("Authorization", "Bearer " + token).exchange();
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		assertThat(first.getResponse().getHeader("Last-Modified")).as(first.getResponse().getContentAsString())
			.isEqualTo(expected);
		assertThat(first.getResponse().getContentAsString()).contains("12.5");

		MvcTestResult unchanged = this.mvc.get()
			.uri(uri)
			.header("Authorization", "Bearer " + token)
			.header("If-Modified-Since", expected)
			.exchange();
		assertThat(unchanged.getResponse().getStatus()).isEqualTo(304);
		assertThat(unchanged.getResponse().getContentAsByteArray()).isEmpty();

		String older = HTTP_DATE.format(APPROVED.minusSeconds(60).atZone(ZoneOffset.UTC));
		MvcTestResult changed = this.mvc.get()
			.uri(uri)
			.header("Authorization", "Bearer " + token)
			.header("If-Modified-Since", older)
			.exchange();
		assertThat(changed.getResponse().getStatus()).isEqualTo(200);
		assertThat(changed.getResponse().getContentAsString()).contains("12.5");
	}

}
