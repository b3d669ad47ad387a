package org.hamkori.directory;

import java.util.List;
import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory module with the shared module it depends on: registering an institution
 * publishes its {@link RecordChanged} audit event with the name and type.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class DirectoryModuleTests {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "module.test", null, true, List.of());

	@Autowired
	MembershipManagement memberships;

	@Test
	void registeringAnInstitutionPublishesItsAuditEvent(Scenario scenario) {
		String name = "Module test agency " + UUID.randomUUID();
		OrganisationForm form = new OrganisationForm(name, "", "", "", "", "", "", OrganisationType.GOVERNMENT_AGENCY,
				"", "");

		scenario.stimulate(() -> this.memberships.createOrganisation(ADMIN, form))
			.andWaitForEventOfType(RecordChanged.class)
			.matching((event) -> "organisation".equals(event.recordType()))
			.toArriveAndVerify((event, organisation) -> {
				assertThat(event.recordId()).isEqualTo(organisation.id());
				assertThat(event.action()).isEqualTo("created");
				assertThat(event.actor()).isEqualTo(ADMIN.actor());
				assertThat(event.changes().toString()).contains(name, "GOVERNMENT_AGENCY");
			});
	}

}
