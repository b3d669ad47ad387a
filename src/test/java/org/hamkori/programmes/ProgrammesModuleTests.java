package org.hamkori.programmes;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programmes module with the modules it depends on (shared, directory): registering a
 * programme publishes its {@link RecordChanged} audit event in its mechanism.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ProgrammesModuleTests {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "module.test", null, true, List.of());

	@Autowired
	ProgrammeRegister register;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registeringAProgrammePublishesItsAuditEvent(Scenario scenario) {
		UUID tj = this.directory.mechanismOrThrow("CCM-TJ").id();
		UUID iom = this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
		LocalDate start = this.directory.today();
		ProgrammeDetails details = new ProgrammeDetails(iom, null,
				LocalizedText.of(Map.of("en", "Module test programme")), null, start, start.plusYears(1),
				EnumSet.of(ProgrammeTheme.REMITTANCES), null, BudgetBand.UNKNOWN, null, null, Visibility.MEMBERS);

		scenario.stimulate(() -> this.register.create(tj, details, ADMIN))
			.andWaitForEventOfType(RecordChanged.class)
			.matching((event) -> "programme".equals(event.recordType()))
			.toArriveAndVerify((event, programme) -> {
				assertThat(event.recordId()).isEqualTo(programme.id());
				assertThat(event.mechanismId()).isEqualTo(tj);
				assertThat(event.action()).isEqualTo("created");
				assertThat(event.actor()).isEqualTo(ADMIN.actor());
			});
	}

}
