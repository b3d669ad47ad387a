package org.hamkori.meetings;

import java.time.LocalDateTime;
import java.util.List;

import org.hamkori.TestClock;
import org.hamkori.TestViewers;
import org.hamkori.directory.Directory;
import org.hamkori.meetings.MeetingEvents.MeetingAnnounced;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings module with every module it depends on, directly or not (actions needs
 * programmes, so direct dependencies alone do not start): announcing a draft meeting
 * publishes {@link MeetingAnnounced}, which the notifications module turns into
 * invitations.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class MeetingsModuleTests {

	@Autowired
	MeetingPlanning planning;

	@Autowired
	Directory directory;

	@Test
	void announcingADraftMeetingPublishesMeetingAnnounced(Scenario scenario) {
		Viewer secretariat = TestViewers.seated(this.directory, "CCM-TJ", MembershipRole.SECRETARIAT);
		LocalDateTime start = LocalDateTime.now(TestClock.clock())
			.plusDays(14)
			.withHour(10)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		Meeting draft = this.planning.create(secretariat, "CCM-TJ",
				new MeetingForm(MeetingType.ORDINARY, "Module test meeting", start, start.plusHours(3), "Asia/Dushanbe",
						"Dushanbe", "", List.of("ru", "en"), null));

		scenario.stimulate(() -> this.planning.announce(secretariat, draft.id(), draft.version()))
			.andWaitForEventOfType(MeetingAnnounced.class)
			.matching((event) -> event.meetingId().equals(draft.id()))
			.toArriveAndVerify((event, announced) -> {
				assertThat(event.sequence()).isEqualTo(announced.calendarSequence()).isZero();
				assertThat(announced.status()).isEqualTo(MeetingStatus.ANNOUNCED);
			});
	}

}
