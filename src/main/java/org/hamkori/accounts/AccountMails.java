package org.hamkori.accounts;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.mail.OutgoingMail;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of accounts, each written in its reader's language: the links to set a
 * password, and the access requests and their answers. They go out at once through the
 * {@link OutgoingMail} port, never through an event, because a link's token must not be
 * stored anywhere.
 */
@Component
class AccountMails {

	private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

	private final ObjectProvider<OutgoingMail> mail;

	private final MessageSource messages;

	private final String baseUrl;

	AccountMails(ObjectProvider<OutgoingMail> mail, MessageSource messages, HamkoriSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
	}

	/** The page a link opens. */
	String linkTo(String token) {
		return this.baseUrl + "/password/set/" + token;
	}

	void passwordReset(String to, String language, String username, String token) {
		Locale locale = locale(language);
		send(to, text("mail.reset.subject", locale), text("mail.reset.body", locale, username, linkTo(token),
				PasswordLinks.Purpose.RESET.lifetime().toMinutes()));
	}

	void welcome(String to, String language, String username, String token) {
		Locale locale = locale(language);
		send(to, text("mail.welcome.subject", locale), text("mail.welcome.body", locale, username, linkTo(token),
				PasswordLinks.Purpose.WELCOME.lifetime().toDays()));
	}

	void accessRequested(String to, String language, AccessRequest request, String mechanismCode) {
		Locale locale = locale(language);
		send(to, text("mail.access.requested.subject", locale, mechanismCode),
				text("mail.access.requested.body", locale, request.fullName(), request.institution(),
						text(request.role().messageKey(), locale), request.email(), mechanismCode,
						this.baseUrl + "/mechanisms/" + mechanismCode + "/access-requests"));
	}

	void accessDeclined(AccessRequest request, String mechanismCode) {
		Locale locale = locale(request.preferredLanguage());
		send(request.email(), text("mail.access.declined.subject", locale, mechanismCode),
				text("mail.access.declined.body", locale, request.fullName(), mechanismCode, request.reason()));
	}

	private void send(String to, String subject, String body) {
		OutgoingMail outgoing = this.mail.getIfAvailable();
		if (outgoing == null) {
			log.info("No mail port; one account e-mail not sent");
			return;
		}
		outgoing.send(to, subject, body);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static Locale locale(String language) {
		return Locale.forLanguageTag(Languages.isSupported(language) ? language : "ru");
	}

}
