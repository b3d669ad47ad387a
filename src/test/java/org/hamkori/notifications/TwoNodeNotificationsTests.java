package org.hamkori.notifications;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hamkori.Hamkori;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestThreads;
import org.hamkori.accounts.Viewers;
import org.hamkori.directory.Directory;
import org.hamkori.issues.Issue;
import org.hamkori.issues.IssueForm;
import org.hamkori.issues.IssueLifecycle;
import org.hamkori.issues.IssueRegister;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * Two nodes on one database: the test's application (node A) and a second whole
 * application started on the same database (node B, H2 in memory shared by the JVM, or
 * the PostgreSQL of the run). The same step of a followed issue is published on both
 * nodes at once, as when a publication is retried on another node, so each node's
 * listener delivers it; the follower is told once, and both nodes show the same count.
 */
@HamkoriWebTest
class TwoNodeNotificationsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Viewers viewers;

	@Autowired
	IssueLifecycle lifecycle;

	@Autowired
	IssueRegister register;

	@Autowired
	Directory directory;

	@Autowired
	Follows follows;

	@Autowired
	Inbox inbox;

	@Test
	void aStepPublishedOnBothNodesNotifiesOnceAndBothNodesCountTheSame(@TempDir Path data) throws Exception {
		Viewer secretariat = viewer("secretariat.tj");
		Viewer focal = viewer("focal.nbt.tj");
		UUID mechanism = this.directory.mechanismOrThrow("CCM-TJ").id();
		Issue issue = this.lifecycle.raise(secretariat, "CCM-TJ",
				new IssueForm("en", "Two-node issue " + UUID.randomUUID(), "Raised by a test",
						this.register.memberInstitutions(mechanism).iterator().next(), null, List.of(), List.of(), null,
						Visibility.MEMBERS));
		// The raise is itself a step, delivered after commit: let its deliveries finish
		// before following, so that only the step below can notify the follower.
		NotificationsWebTests.await(() -> pending(issue.id()) == 0);
		this.follows.follow(focal, "issue", issue.id());
		String marker = UUID.randomUUID().toString();
		RecordChanged step = new RecordChanged(secretariat.actor(), mechanism, "issue", issue.id(), "moved",
				RecordChanged.diff("status", "RAISED", "UNDER_DISCUSSION", "marker", null, marker));

		try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(Hamkori.class).run("--server.port=0",
				"--hamkori.data-dir=" + data, "--hamkori.node-id=b", "--hamkori.scheduling.enabled=false",
				"--spring.datasource.hikari.maximum-pool-size=4")) {
			List<ApplicationEventPublisher> publishers = List.of(this.events, nodeB);
			List<PlatformTransactionManager> managers = List.of(this.transactions,
					nodeB.getBean(PlatformTransactionManager.class));
			java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
			TestThreads.atOnce(2, () -> {
				int node = next.getAndIncrement();
				new TransactionTemplate(managers.get(node))
					.executeWithoutResult((status) -> publishers.get(node).publishEvent(step));
				return node;
			});

			NotificationsWebTests.await(() -> completed(marker) == 2);
			assertThat(this.jdbc
				.sql("select count(*) from notification where user_id = ? and record_id = ? and detail = 'moved'")
				.params(focal.userId(), issue.id())
				.query(Long.class)
				.single()).as("one notification for two deliveries").isOne();
			Inbox inboxB = nodeB.getBean(Inbox.class);
			assertThat(inboxB.unread(focal)).isEqualTo(this.inbox.unread(focal)).isPositive();
			assertThat(inboxB.page(focal, 1).items()).anySatisfy((n) -> assertThat(n.recordId()).isEqualTo(issue.id()));
			assertThat(this.mvc.get().uri("/notifications/bell").with(as("focal.nbt.tj"))).bodyText()
				.contains("Notifications, " + inboxB.unread(focal) + " unread");
		}
	}

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	/** How many deliveries of the step the followers' listener has completed. */
	private long completed(String marker) {
		return this.jdbc
			.sql("select count(*) from event_publication where listener_id like '%FollowedSteps%'"
					+ " and serialized_event like ? and completion_date is not null")
			.param("%" + marker + "%")
			.query(Long.class)
			.single();
	}

	/** How many deliveries of events about the record are not completed yet. */
	private long pending(UUID recordId) {
		return this.jdbc
			.sql("select count(*) from event_publication where serialized_event like ? and completion_date is null")
			.param("%" + recordId + "%")
			.query(Long.class)
			.single();
	}

	private Viewer viewer(String username) {
		UUID id = this.jdbc.sql("select id from app_user where username = ?")
			.param(username)
			.query(UUID.class)
			.single();
		return this.viewers.currentViewer(id).orElseThrow();
	}

}
