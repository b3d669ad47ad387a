package org.hamkori.accounts;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.hamkori.directory.Directory;
import org.hamkori.directory.DirectoryRevision;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.ViewerLookup;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.stereotype.Service;

/**
 * Turns an authentication into a {@link Viewer} with the user's current seats. A token
 * narrowed to one mechanism yields only that mechanism's seat; a disabled user is
 * anonymous.
 */
@Service
public class Viewers implements ViewerLookup {

	static final String MECHANISM_SCOPE = "mechanism";

	private final UserAccountRepository accounts;

	private final Directory directory;

	private final DirectoryRevision revision;

	/**
	 * Viewers resolved in the last seconds, valid while the directory revision stays the
	 * same: a membership that ends or begins takes effect on the next request on every
	 * node. Account changes (admin flag, disabling) clear this node's entries at once and
	 * other nodes' within the expiry; a disabled account's sessions are deleted anyway.
	 */
	private final Cache<Key, Viewer> recent = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofSeconds(30))
		.build();

	private record Key(String username, UUID scope, long revision) {
	}

	Viewers(UserAccountRepository accounts, Directory directory, DirectoryRevision revision) {
		this.accounts = accounts;
		this.directory = directory;
		this.revision = revision;
	}

	public Viewer of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Viewer.anonymous();
		}
		UUID scope = scope(authentication);
		Key key = new Key(authentication.getName(), scope, this.revision.current());
		return this.recent.get(key,
				(k) -> this.accounts.findByUsernameIgnoreCase(k.username())
					.filter(UserAccount::enabled)
					.map((account) -> viewer(account, k.scope()))
					.orElseGet(Viewer::anonymous));
	}

	/** An enabled account's viewer with its current seats; nothing if disabled. */
	@Override
	public java.util.Optional<Viewer> currentViewer(UUID userId) {
		return (userId != null)
				? this.accounts.findById(userId).filter(UserAccount::enabled).map((account) -> viewer(account, null))
				: java.util.Optional.empty();
	}

	/**
	 * The viewers of a directory person's enabled accounts (usually one, none when the
	 * person cannot sign in), with their current seats.
	 */
	public List<Viewer> viewersOfPerson(UUID personId) {
		return (personId != null) ? this.accounts.findByPersonId(personId)
			.stream()
			.filter(UserAccount::enabled)
			.map((account) -> viewer(account, null))
			.toList() : List.of();
	}

	/** The directory person behind a user name, if the account exists and has one. */
	public java.util.Optional<UUID> personOf(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).map(UserAccount::personId);
	}

	/** Forgets every resolved viewer, after a change to accounts themselves. */
	void forgetAll() {
		this.recent.invalidateAll();
	}

	Viewer viewer(UserAccount account, UUID mechanismScope) {
		List<Viewer.Seat> seats = this.directory.seatsOf(account.personId())
			.stream()
			.filter((seat) -> mechanismScope == null || seat.mechanismId().equals(mechanismScope))
			.toList();
		return new Viewer(account.id(), account.username(), account.personId(),
				account.admin() && mechanismScope == null, seats);
	}

	private static UUID scope(Authentication authentication) {
		if (authentication instanceof BearerTokenAuthentication bearer) {
			Object scope = bearer.getTokenAttributes().get(MECHANISM_SCOPE);
			return (scope instanceof UUID id) ? id : null;
		}
		return null;
	}

}
