package org.hamkori.reporting;

import java.time.LocalDate;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestMailServer;
import org.hamkori.TestThreads;
import org.hamkori.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders of data reports over real SMTP (GreenMail): a week before the due date and
 * after it, each e-mailed once to the people who represent the reporting institution
 * (focal.nbt.tj, in Tajik), even when the job runs on two threads at the same moment and
 * again later; never to a person whose seat has ended; and not at all for a period whose
 * report was submitted, while a mere draft is still reminded.
 */
@HamkoriWebTest
class SubmissionReminderTests {

	static final String FOCAL = "b.sharipov@nbt.example.tj";

	static final String ENDED = "s.latipova@nbt.example.tj";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	DataImport imports;

	@Autowired
	Submissions submissions;

	@Autowired
	SubmissionReminders reminders;

	CompletenessTestData data;

	@BeforeEach
	void setUp() {
		this.data = new CompletenessTestData(this.jdbc, this.directory, this.dataSets, this.imports, this.submissions);
	}

	/** The messages to an address about one data set, found by its unique code. */
	static List<MimeMessage> about(String address, String code) {
		return TestMailServer.messagesTo(address).stream().filter((m) -> subject(m).contains(code)).toList();
	}

	static List<MimeMessage> awaitAbout(String address, String code, int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		List<MimeMessage> found = about(address, code);
		while (found.size() < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
			found = about(address, code);
		}
		return found;
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long recorded(Obligation o) {
		return this.jdbc.sql("select count(*) from submission_reminder where obligation_id = ?")
			.param(o.id())
			.query(Long.class)
			.single();
	}

	@Test
	void aReminderIsMailedOnceEvenWhenTheJobRunsTwiceAtOnce() throws Exception {
		String code = StatisticsTestSupport.uniqueCode("RMD");
		Obligation o = this.data.obligation(code, "2024-Q1");
		LocalDate due = LocalDate.of(2024, 4, 30);

		this.reminders.run(due.minusDays(8));
		assertThat(recorded(o)).as("eight days before: too early").isZero();

		TestThreads.atOnce(2, () -> this.reminders.run(due.minusDays(7)));
		this.reminders.run(due.minusDays(7));
		this.reminders.run(due.minusDays(3));

		List<MimeMessage> mails = awaitAbout(FOCAL, code, 1);
		Thread.sleep(500);
		assertThat(about(FOCAL, code)).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).contains("Ёдрас", "2024-04-30", "Remittance inflows " + code);
		assertThat((String) mail.getContent()).contains("Муҳтарам Bahrom Sharipov", "2024-Q1",
				"Бонки миллии Тоҷикистон", "/mechanisms/CCM-TJ/data-sets", "Лутфан");
		assertThat(recorded(o)).isEqualTo(1);
		assertThat(about(ENDED, code)).as("an ended seat is not reminded").isEmpty();

		this.reminders.run(due);
		TestThreads.atOnce(2, () -> this.reminders.run(due.plusDays(1)));
		this.reminders.run(due.plusDays(2));
		List<MimeMessage> both = awaitAbout(FOCAL, code, 2);
		Thread.sleep(500);
		assertThat(about(FOCAL, code)).hasSize(2);
		assertThat(both).extracting(SubmissionReminderTests::subject)
			.anySatisfy((s) -> assertThat(s).contains("мӯҳлаташ гузашта"));
		assertThat(recorded(o)).isEqualTo(2);
	}

	@Test
	void aSubmittedPeriodIsNotRemindedButADraftIs() throws Exception {
		String code = StatisticsTestSupport.uniqueCode("SBM");
		Obligation o = this.data.obligation(code, "2024-Q1");
		this.data.submit(o, "2024-Q1");
		this.data.draft(o, "2024-Q2");

		this.reminders.run(LocalDate.of(2024, 4, 23));
		this.reminders.run(LocalDate.of(2024, 5, 1));
		this.reminders.run(LocalDate.of(2024, 7, 23));

		List<MimeMessage> mails = awaitAbout(FOCAL, code, 1);
		Thread.sleep(500);
		assertThat(about(FOCAL, code)).as("only the drafted 2024-Q2, due 2024-07-30")
			.singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("2024-07-30"));
		assertThat(mails).isNotEmpty();
		assertThat(this.jdbc.sql("select period from submission_reminder where obligation_id = ?")
			.param(o.id())
			.query(String.class)
			.list()).containsExactly("2024-Q2");
	}

}
