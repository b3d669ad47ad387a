package org.hamkori;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite runs on the engine it was asked for. In CI the PostgreSQL run must really
 * happen: a missing {@code HAMKORI_TEST_DB_URL} fails the build instead of silently
 * testing only H2.
 */
@SpringBootTest
class DatabaseEngineTests {

	@Autowired
	DataSource dataSource;

	@Value("${hamkori.test.database:h2}")
	String expected;

	@Test
	void runsOnTheRequestedEngine() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
			assertThat(product).contains(this.expected.equals("postgres") ? "postgresql" : "h2");
		}
	}

	@Test
	void ciProvidesPostgreSql() {
		if ("true".equals(System.getenv("CI"))) {
			assertThat(System.getenv("HAMKORI_TEST_DB_URL")).as("CI must set HAMKORI_TEST_DB_URL").isNotBlank();
		}
	}

}
