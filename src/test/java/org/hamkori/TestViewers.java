package org.hamkori;

import java.util.List;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;

/**
 * A hand-built {@link Viewer} holding one seat in a mechanism, for module tests that call
 * a front door without the accounts module (and so without its users).
 */
public final class TestViewers {

	private TestViewers() {
	}

	public static Viewer seated(Directory directory, String mechanismCode, MembershipRole role) {
		Mechanism mechanism = directory.mechanismOrThrow(mechanismCode);
		return new Viewer(UUID.randomUUID(), "module.test", null, false,
				List.of(new Viewer.Seat(mechanism.id(), mechanism.code(), false, role)));
	}

}
