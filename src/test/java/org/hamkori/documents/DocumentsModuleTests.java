package org.hamkori.documents;

import java.io.IOException;
import java.util.Set;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Visibility;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents module with the kernel it depends on: storing a file publishes its
 * {@link RecordChanged} audit event, with the file's name, type and fingerprint, for the
 * owner's mechanism.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class DocumentsModuleTests {

	@Autowired
	Documents documents;

	@Test
	void storingAFilePublishesItsAuditEvent(Scenario scenario) throws IOException {
		byte[] content = SampleFiles.pdf();

		scenario
			.stimulate(() -> DocumentsTestSupport.upload(this.documents, DocumentsTestSupport.newMeeting(),
					Visibility.MEMBERS, Set.of(), "working-group.pdf", content))
			.andWaitForEventOfType(RecordChanged.class)
			.matching((event) -> "document".equals(event.recordType()))
			.toArriveAndVerify((event, stored) -> {
				assertThat(event.recordId()).isEqualTo(stored.id());
				assertThat(event.mechanismId()).isEqualTo(DocumentsTestSupport.CCM_TJ);
				assertThat(event.action()).isEqualTo("created");
				assertThat(event.changes()).containsEntry("fileName", "working-group.pdf")
					.containsEntry("sha256", stored.sha256());
			});
	}

}
