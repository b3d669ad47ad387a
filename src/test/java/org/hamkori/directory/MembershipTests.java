package org.hamkori.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.shared.security.MembershipRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MembershipTests {

	private final Membership membership = Membership.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
			MembershipRole.FOCAL_POINT, LocalDate.of(2022, 11, 29), null);

	@Test
	void isActiveFromItsFirstDayWithoutEnd() {
		assertThat(this.membership.isActiveOn(LocalDate.of(2022, 11, 28))).isFalse();
		assertThat(this.membership.isActiveOn(LocalDate.of(2022, 11, 29))).isTrue();
		assertThat(this.membership.isActiveOn(LocalDate.of(2030, 1, 1))).isTrue();
	}

	@Test
	void endingKeepsTheRowAndTheLastDayCounts() {
		Membership ended = this.membership.end(LocalDate.of(2024, 6, 30), "Reassigned", 0);
		assertThat(ended.id()).isEqualTo(this.membership.id());
		assertThat(ended.isActiveOn(LocalDate.of(2024, 6, 30))).isTrue();
		assertThat(ended.isActiveOn(LocalDate.of(2024, 7, 1))).isFalse();
		assertThat(ended.isEnded(LocalDate.of(2024, 7, 1))).isTrue();
		assertThat(ended.endReason()).isEqualTo("Reassigned");
	}

	@Test
	void cannotEndBeforeItStarts() {
		assertThatExceptionOfType(Membership.InvalidMembershipDates.class)
			.isThrownBy(() -> this.membership.end(LocalDate.of(2022, 1, 1), null, 0));
		assertThatExceptionOfType(Membership.InvalidMembershipDates.class)
			.isThrownBy(() -> Membership.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
					MembershipRole.MEMBER, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30)));
	}

	@Test
	void aChangeCannotReverseTheDates() {
		assertThatExceptionOfType(Membership.InvalidMembershipDates.class).isThrownBy(() -> this.membership
			.change(MembershipRole.MEMBER, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), 0));
	}

}
