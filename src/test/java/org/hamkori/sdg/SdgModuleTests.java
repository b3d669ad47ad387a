package org.hamkori.sdg;

import java.util.List;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sdg module with the modules it depends on: opening an SDG 10.7.2 round publishes
 * its {@link RecordChanged} audit event in its mechanism, with the year.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class SdgModuleTests {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "module.test", null, true, List.of());

	@Autowired
	Sdg1072Rounds rounds;

	@Autowired
	Directory directory;

	@Test
	void openingARoundPublishesItsAuditEvent(Scenario scenario) {
		UUID kz = this.directory.mechanismOrThrow("CCM-KZ").id();
		// the newest year without a round, since other tests open rounds in the same
		// database
		int year = this.rounds.lastYear();
		while (this.rounds.find(kz, year).isPresent()) {
			year--;
		}
		int opened = year;

		scenario.stimulate(() -> this.rounds.create(kz, opened, Visibility.MEMBERS, ADMIN))
			.andWaitForEventOfType(RecordChanged.class)
			.matching((event) -> "sdg_round".equals(event.recordType()))
			.toArriveAndVerify((event, round) -> {
				assertThat(event.recordId()).isEqualTo(round.id());
				assertThat(event.mechanismId()).isEqualTo(kz);
				assertThat(event.action()).isEqualTo("created");
				assertThat(event.actor()).isEqualTo(ADMIN.actor());
				assertThat(event.changes()).containsEntry("year", opened);
				assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
			});
	}

}
