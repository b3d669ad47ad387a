package org.hamkori.shared;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Viewer.Seat;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTests {

	static final UUID TJ = UUID.randomUUID();

	static final UUID KZ = UUID.randomUUID();

	static final UUID RCM = UUID.randomUUID();

	@Test
	void contactsAreVisibleToMembersOfAMechanismThePersonSitsIn() {
		Viewer tajikMember = viewer(new Seat(TJ, "CCM-TJ", false, MembershipRole.OBSERVER));
		assertThat(tajikMember.canSeeContactsOf(List.of(TJ))).isTrue();
		assertThat(tajikMember.canSeeContactsOf(List.of(KZ))).isFalse();
		assertThat(tajikMember.canSeeContactsOf(List.of())).isFalse();
	}

	@Test
	void regionalSecretariatAndAdminsSeeAllContacts() {
		assertThat(viewer(new Seat(RCM, "RCM", true, MembershipRole.SECRETARIAT)).canSeeContactsOf(List.of(KZ)))
			.isTrue();
		assertThat(viewer(new Seat(RCM, "RCM", true, MembershipRole.MEMBER)).canSeeContactsOf(List.of(KZ))).isFalse();
		assertThat(new Viewer(UUID.randomUUID(), "admin", null, true, List.of()).canSeeContactsOf(List.of(KZ)))
			.isTrue();
	}

	@Test
	void onlyTheSecretariatManagesItsOwnMechanism() {
		Viewer secretariat = viewer(new Seat(TJ, "CCM-TJ", false, MembershipRole.SECRETARIAT));
		assertThat(secretariat.canManage(TJ)).isTrue();
		assertThat(secretariat.canManage(KZ)).isFalse();
		assertThat(viewer(new Seat(TJ, "CCM-TJ", false, MembershipRole.CHAIR)).canManage(TJ)).isFalse();
	}

	@Test
	void anonymousViewersHaveNoRights() {
		Viewer anonymous = Viewer.anonymous();
		assertThat(anonymous.isAuthenticated()).isFalse();
		assertThat(anonymous.canSeeContactsOf(List.of(TJ))).isFalse();
		assertThat(anonymous.managesAnyMechanism()).isFalse();
		assertThat(anonymous.actor()).isEqualTo("anonymous");
	}

	@Test
	void aProgrammeIsManagedByTheManagerOfItsImplementerInItsMechanism() {
		UUID iom = UUID.randomUUID();
		UUID ilo = UUID.randomUUID();
		Viewer manager = viewer(new Seat(RCM, "RCM", true, MembershipRole.PROGRAMME_MANAGER, iom));
		assertThat(manager.managesProgramme(RCM, iom)).isTrue();
		// not another institution's programme, nor the same institution's in another
		// mechanism
		assertThat(manager.managesProgramme(RCM, ilo)).isFalse();
		assertThat(manager.managesProgramme(TJ, iom)).isFalse();
		assertThat(manager.managesProgramme(RCM, null)).isFalse();
		// the secretariat that drafts does not manage; an admin does
		assertThat(viewer(new Seat(RCM, "RCM", true, MembershipRole.SECRETARIAT, iom)).managesProgramme(RCM, iom))
			.isFalse();
		assertThat(new Viewer(UUID.randomUUID(), "admin", null, true, List.of()).managesProgramme(RCM, iom)).isTrue();
		assertThat(manager.canManage(RCM)).isFalse();
	}

	private static Viewer viewer(Seat... seats) {
		return new Viewer(UUID.randomUUID(), "someone", UUID.randomUUID(), false, List.of(seats));
	}

}
