package org.hamkori.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.hamkori.TestMailServer;
import org.hamkori.directory.Directory;
import org.hamkori.reporting.SubmissionReminderDue;
import org.hamkori.shared.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications module with every module it depends on: a published
 * {@link SubmissionReminderDue} becomes, after its transaction commits, an e-mail over
 * real SMTP (GreenMail) to the person who represents the reporting institution, in that
 * person's language (Tajik), and none to a person whose seat has ended.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class NotificationsModuleTests {

	static final String FOCAL = "b.sharipov@nbt.example.tj";

	static final String ENDED = "s.latipova@nbt.example.tj";

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubmissionReminderIsMailedToTheInstitutionInItsPeoplesLanguage(Scenario scenario) {
		UUID tajikistan = this.directory.mechanismOrThrow("CCM-TJ").id();
		UUID bank = this.jdbc.sql("select id from organisation where acronym = 'NBT' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
		String name = "Module test set " + UUID.randomUUID();
		SubmissionReminderDue due = new SubmissionReminderDue(UUID.randomUUID(), tajikistan, bank, "MODULE_TEST",
				LocalizedText.of("en", name), "2024-Q1", LocalDate.of(2024, 4, 30), SubmissionReminderDue.Kind.BEFORE);

		scenario.publish(due).andWaitForStateChange(() -> about(FOCAL, name)).andVerify((mails) -> {
			assertThat(mails).singleElement().satisfies((mail) -> {
				assertThat(mail.getSubject()).contains("Ёдрас", "2024-04-30", name);
				assertThat((String) mail.getContent()).contains("Муҳтарам Bahrom Sharipov", "2024-Q1",
						"/mechanisms/CCM-TJ/data-sets");
			});
			assertThat(about(ENDED, name)).as("an ended seat is not reminded").isEmpty();
		});
	}

	static List<MimeMessage> about(String address, String name) {
		return TestMailServer.messagesTo(address).stream().filter((m) -> subject(m).contains(name)).toList();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
