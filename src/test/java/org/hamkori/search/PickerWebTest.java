package org.hamkori.search;

import org.junit.jupiter.api.BeforeEach;

import org.hamkori.HamkoriWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What the web tests of the search pickers share: the pages, the database and the
 * {@link PickerFixtures records to pick}.
 */
@HamkoriWebTest
abstract class PickerWebTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	PickerFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new PickerFixtures(this.context);
	}

}
