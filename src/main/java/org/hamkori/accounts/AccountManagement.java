package org.hamkori.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Person;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to accounts: passwords, language, enabling. A new password or a disabled
 * account ends every session of that user, on every node, because sessions live in the
 * database, and revokes every API token of that user.
 */
@Service
@Transactional
public class AccountManagement {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Viewers viewers;

	private final Directory directory;

	private final LoginThrottle throttle;

	private final ApiTokenService tokens;

	private final PasswordLinks links;

	private final AccountMails mails;

	private final java.security.SecureRandom random = new java.security.SecureRandom();

	AccountManagement(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
			FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events, Clock clock,
			Viewers viewers, Directory directory, LoginThrottle throttle, ApiTokenService tokens, PasswordLinks links,
			AccountMails mails) {
		this.links = links;
		this.mails = mails;
		this.throttle = throttle;
		this.tokens = tokens;
		this.viewers = viewers;
		this.directory = directory;
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> account(UUID id) {
		return this.accounts.findById(id);
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> accounts(String query, int page, int size) {
		PageRequest pageable = PageRequest.of(page, size, Sort.by("username"));
		return (query == null || query.isBlank()) ? this.accounts.findAll(pageable)
				: this.accounts.findByUsernameContainingIgnoreCase(query.strip(), pageable);
	}

	/**
	 * Everyone the weekly digest may be written to: every enabled account linked to a
	 * directory person with an e-mail address, with the account's current seats, by
	 * username. Whether they have anything to read is for the digest to find out.
	 */
	@Transactional(readOnly = true)
	public List<DigestReader> digestReaders() {
		List<DigestReader> readers = new ArrayList<>();
		this.accounts.findAll()
			.stream()
			.filter((account) -> account.enabled() && account.personId() != null)
			.sorted(Comparator.comparing(UserAccount::username))
			.forEach((account) -> this.directory.person(account.personId())
				.filter((person) -> person.email() != null && !person.email().isBlank())
				.ifPresent((person) -> readers.add(new DigestReader(this.viewers.viewer(account, null), person.email(),
						person.fullName(), language(account, person)))));
		return readers;
	}

	/**
	 * The account's language (what the user reads Hamkori in), else the person's, else
	 * Russian.
	 */
	private static String language(UserAccount account, Person person) {
		if (Languages.isSupported(account.preferredLanguage())) {
			return account.preferredLanguage();
		}
		return Languages.isSupported(person.preferredLanguage()) ? person.preferredLanguage() : "ru";
	}

	/**
	 * Opens an account and e-mails its owner a link to set their own password (valid
	 * seven days); returns the field and message key of the problem, if refused.
	 * Usernames are unique regardless of case. The link goes to the linked person's
	 * e-mail address, else to the username when it is one.
	 */
	public Optional<Map.Entry<String, String>> create(String actor, NewUserForm form) {
		String username = form.username().strip();
		if (this.accounts.findByUsernameIgnoreCase(username).isPresent()) {
			return Optional.of(Map.entry("username", "validation.username.taken"));
		}
		Person person = (form.personId() != null) ? this.directory.person(form.personId()).orElse(null) : null;
		Optional<String> address = mailAddress(username, person);
		if (address.isEmpty()) {
			return Optional.of(Map.entry((person != null) ? "personId" : "username", "validation.account.noEmail"));
		}
		String language = (form.preferredLanguage() == null || form.preferredLanguage().isBlank()) ? "ru"
				: form.preferredLanguage();
		open(actor, username, form.personId(), form.isAdmin(), language, address.get());
		return Optional.empty();
	}

	/**
	 * Opens an account without a usable password and sends the link to set one; returns
	 * the account.
	 */
	UserAccount open(String actor, String username, UUID personId, boolean admin, String language, String email) {
		UserAccount account = this.accounts.save(UserAccount.create(username, unusablePassword(), personId, admin,
				false, language, this.clock.instant()));
		this.events.publishEvent(new RecordChanged(actor, null, "user", account.id(), "created",
				Map.of("username", username, "admin", admin)));
		String token = this.links.issue(account.id(), PasswordLinks.Purpose.WELCOME);
		this.mails.welcome(email, language, username, token);
		return account;
	}

	/**
	 * The hash of a random secret nobody knows: the account cannot sign in until its
	 * owner sets a password through the link.
	 */
	private String unusablePassword() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return this.encoder.encode(java.util.HexFormat.of().formatHex(bytes));
	}

	/** Where mail for an account goes: the person's e-mail, else an e-mail username. */
	static Optional<String> mailAddress(String username, Person person) {
		if (person != null && person.email() != null && !person.email().isBlank()) {
			return Optional.of(person.email().strip());
		}
		return isEmail(username) ? Optional.of(username.strip()) : Optional.empty();
	}

	static boolean isEmail(String text) {
		return text != null && text.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	}

	/**
	 * Changes the password; returns the message key of the problem, if the change was
	 * refused.
	 */
	public Optional<String> changePassword(UUID userId, String current, String replacement) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(NotFoundException::new);
		if (!this.encoder.matches(current, account.passwordHash())) {
			return Optional.of("validation.password.current");
		}
		Optional<String> problem = this.policy.problem(replacement, account.username());
		if (problem.isPresent()) {
			return problem;
		}
		this.accounts.save(account.withPassword(this.encoder.encode(replacement), this.clock.instant()));
		endSessions(account.username());
		this.tokens.revokeAll(account.id(), account.username(), "password-changed");
		this.events.publishEvent(
				new RecordChanged(account.username(), null, "user", account.id(), "password-changed", Map.of()));
		return Optional.empty();
	}

	public void setLanguage(UUID userId, String language) {
		if (!Languages.isSupported(language)) {
			return;
		}
		this.accounts.findById(userId)
			.filter((a) -> !language.equals(a.preferredLanguage()))
			.ifPresent((a) -> this.accounts.save(a.withLanguage(language)));
	}

	public void setEnabled(String actor, UUID userId, boolean enabled) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(NotFoundException::new);
		this.accounts.save(account.withEnabled(enabled));
		if (!enabled) {
			endSessions(account.username());
			this.tokens.revokeAll(account.id(), actor, "disabled");
		}
		this.events.publishEvent(new RecordChanged(actor, null, "user", account.id(), enabled ? "enabled" : "disabled",
				Map.of("enabled", enabled)));
	}

	/**
	 * An admin forgets the login throttle's counts of an account, from every address on
	 * this node, so its owner can sign in at once.
	 */
	public void unlockSignIn(String actor, UUID userId) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(NotFoundException::new);
		int addresses = this.throttle.unlock(account.username());
		this.events.publishEvent(new RecordChanged(actor, null, "user", account.id(), "sign-in-unlocked",
				Map.of("addresses", addresses)));
	}

	void endSessions(String username) {
		this.viewers.forgetAll();
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

}
