package org.hamkori.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.directory.Directory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": whoever knows an account's e-mail address may ask for a link to set
 * a new password, valid one hour. The answer is the same whether or not the address
 * belongs to an account; only the throttle ({@link FormThrottle}) answers differently,
 * and it counts unknown addresses like known ones.
 */
@Service
public class PasswordRecovery {

	private static final Logger log = LoggerFactory.getLogger(PasswordRecovery.class);

	/** What the visitor is told. */
	public enum Answer {

		/** "If the address belongs to an account, a link is on its way." */
		ACCEPTED,
		/** Too many requests for that address, or from that client, for now. */
		THROTTLED

	}

	private final UserAccountRepository accounts;

	private final Directory directory;

	private final PasswordLinks links;

	private final AccountMails mails;

	private final FormThrottle throttle;

	PasswordRecovery(UserAccountRepository accounts, Directory directory, PasswordLinks links, AccountMails mails,
			FormThrottle throttle) {
		this.accounts = accounts;
		this.directory = directory;
		this.links = links;
		this.mails = mails;
		this.throttle = throttle;
	}

	@Transactional
	public Answer request(String email, String clientAddress) {
		if (!this.throttle.allow("reset", email, clientAddress)) {
			return Answer.THROTTLED;
		}
		String address = email.strip();
		for (UserAccount account : accountsOf(address).values()) {
			String token = this.links.issue(account.id(), PasswordLinks.Purpose.RESET);
			try {
				this.mails.passwordReset(address, account.preferredLanguage(), account.username(), token);
			}
			catch (RuntimeException ex) {
				// the visitor is told the same either way; the link simply never arrives
				log.warn("A password link could not be sent: {}", ex.getMessage());
			}
		}
		return Answer.ACCEPTED;
	}

	/**
	 * The enabled accounts mail to this address reaches: those of the directory person
	 * with that e-mail, and the one whose username it is.
	 */
	private Map<UUID, UserAccount> accountsOf(String email) {
		Map<UUID, UserAccount> found = new LinkedHashMap<>();
		if (!AccountManagement.isEmail(email)) {
			return found;
		}
		this.directory.personByEmail(email)
			.ifPresent((person) -> this.accounts.findByPersonId(person.id()).forEach((a) -> found.put(a.id(), a)));
		this.accounts.findByUsernameIgnoreCase(email)
			.filter((a) -> a.personId() == null || this.directory.person(a.personId())
				.map((p) -> p.email() == null || p.email().isBlank() || p.email().equalsIgnoreCase(email))
				.orElse(true))
			.ifPresent((a) -> found.put(a.id(), a));
		found.values().removeIf((a) -> !a.enabled());
		return found;
	}

}
