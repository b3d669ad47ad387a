package org.hamkori.shared.security;

import java.util.Optional;
import java.util.UUID;

/**
 * The viewer a user account is now, for surfaces that act for a user without a session (a
 * private calendar address): the account's current seats, or nothing when the account is
 * disabled or gone. Implemented by the accounts module.
 */
public interface ViewerLookup {

	Optional<Viewer> currentViewer(UUID userId);

}
