package org.hamkori.issues;

import java.util.List;
import java.util.UUID;

import org.hamkori.TestViewers;
import org.hamkori.directory.Directory;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issues module with every module it depends on: raising an issue publishes the
 * {@link RecordChanged} audit event of the new issue, in the same transaction, with its
 * title.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class IssuesModuleTests {

	@Autowired
	IssueLifecycle lifecycle;

	@Autowired
	IssueRegister register;

	@Autowired
	Directory directory;

	@Test
	void raisingAnIssuePublishesItsAuditEvent(Scenario scenario) {
		Viewer secretariat = TestViewers.seated(this.directory, "CCM-TJ", MembershipRole.SECRETARIAT);
		UUID mechanism = secretariat.seats().get(0).mechanismId();
		UUID institution = this.register.memberInstitutions(mechanism).iterator().next();
		String title = "Module test issue " + UUID.randomUUID();
		IssueForm form = new IssueForm("en", title, "Raised by a module test", institution, null, List.of(), List.of(),
				null, Visibility.MEMBERS);

		scenario.stimulate(() -> this.lifecycle.raise(secretariat, "CCM-TJ", form))
			.andWaitForEventOfType(RecordChanged.class)
			.matching((event) -> "raised".equals(event.action()))
			.toArriveAndVerify((event, issue) -> {
				assertThat(event.recordId()).isEqualTo(issue.id());
				assertThat(event.recordType()).isEqualTo("issue");
				assertThat(event.mechanismId()).isEqualTo(mechanism);
				assertThat(event.actor()).isEqualTo(secretariat.actor());
				assertThat(event.changes().toString()).contains(title);
			});
	}

}
