package org.hamkori.shared.scheduling;

import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hamkori.scheduling.enabled=false} (set for the tests) leaves no timer running:
 * nothing else on the classpath may switch scheduling on, or every cached test context
 * would send reminders and digests of its own.
 */
@HamkoriWebTest
class SchedulingSwitchTests {

	@Autowired
	ApplicationContext context;

	@Test
	void switchedOffTimersStayOff() {
		assertThat(this.context.getEnvironment().getProperty("hamkori.scheduling.enabled")).isEqualTo("false");
		assertThat(this.context.containsBean(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME))
			.as("a scheduled-annotation processor is registered")
			.isFalse();
	}

}
