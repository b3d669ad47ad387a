package org.hamkori.shared.mail;

/**
 * Sends one plain-text e-mail now. Used for messages that must not pass through the event
 * publication registry, because they carry a secret (a single-use link) that must never
 * be stored.
 */
public interface OutgoingMail {

	/**
	 * Sends the message; throws if the SMTP server refused it. Without a configured SMTP
	 * server nothing is sent.
	 */
	void send(String to, String subject, String text);

}
