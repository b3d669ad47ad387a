package org.hamkori.accounts;

import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts module with the modules it depends on (shared, directory): opening an
 * account publishes its {@link RecordChanged} audit event, and the module's own audit
 * trail, listening to every such event, has kept it in the same transaction.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class AccountsModuleTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void openingAnAccountPublishesItsAuditEventAndTheTrailKeepsIt(Scenario scenario) {
		String username = "module." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		NewUserForm form = new NewUserForm(username, null, false, "tg");

		scenario.stimulate(() -> this.accounts.create("module.test", form))
			.andWaitForEventOfType(RecordChanged.class)
			.matching((event) -> "user".equals(event.recordType()) && username.equals(event.changes().get("username")))
			.toArriveAndVerify((event, refused) -> {
				assertThat(refused).isEmpty();
				assertThat(event.action()).isEqualTo("created");
				assertThat(event.actor()).isEqualTo("module.test");
				assertThat(event.changes()).containsEntry("admin", false);
				assertThat(this.jdbc
					.sql("select actor || ' ' || action from audit_entry where record_type = 'user' and record_id = ?")
					.param(event.recordId())
					.query(String.class)
					.list()).containsExactly("module.test created");
			});
	}

}
