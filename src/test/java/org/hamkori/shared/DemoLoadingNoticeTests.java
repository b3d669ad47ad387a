package org.hamkori.shared;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the demo data loads in the background, every page says so in the visitor's
 * language; once it is in, the notice is gone.
 */
@HamkoriWebTest
class DemoLoadingNoticeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoDataLoader demoData;

	@Test
	void pagesSayTheDemoDataIsStillLoading() {
		assertThat(this.demoData.isLoading()).as("the tests load it before the context is ready").isFalse();
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().doesNotContain("data-demo-loading");

		ReflectionTestUtils.setField(this.demoData, "loading", true);
		try {
			assertThat(this.mvc.get().uri("/login")).hasStatusOk()
				.bodyText()
				.contains("data-demo-loading", "The demo data is still loading", "<progress");
			assertThat(this.mvc.get().uri("/mechanisms?lang=ru")).hasStatusOk()
				.bodyText()
				.contains("data-demo-loading", "Демонстрационные данные ещё загружаются");
		}
		finally {
			ReflectionTestUtils.setField(this.demoData, "loading", false);
		}
	}

}
