package org.hamkori.shared;

import java.util.Map;
import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.settings.HamkoriSettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared kernel on its own, as every other module's test starts it: it needs no
 * module, binds Hamkori's one settings record, finishes loading demo data (there is none
 * without the modules) before the application is ready, and carries the audit event that
 * every module publishes.
 */
@ApplicationModuleTest
class SharedModuleTests {

	@Autowired
	HamkoriSettings settings;

	@Autowired
	DemoDataLoader demoData;

	@Test
	void theKernelStartsAloneAndCarriesTheAuditEvent(Scenario scenario) {
		assertThat(this.demoData.isLoading()).isFalse();
		assertThat(this.settings.baseUrl()).startsWith("http").doesNotEndWith("/");
		assertThat(this.settings.schedules()).isNotNull();

		UUID record = UUID.randomUUID();
		scenario.publish(new RecordChanged("module.test", null, "module-test", record, "created", Map.of("n", 1)))
			.andWaitForEventOfType(RecordChanged.class)
			.matching((event) -> event.recordId().equals(record))
			.toArriveAndVerify((event) -> assertThat(event.changes()).containsEntry("n", 1));
	}

}
