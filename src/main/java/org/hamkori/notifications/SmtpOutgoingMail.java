package org.hamkori.notifications;

import org.hamkori.shared.mail.OutgoingMail;

import org.springframework.stereotype.Component;

/** The {@link OutgoingMail} port over this module's SMTP {@link Mailer}. */
@Component
class SmtpOutgoingMail implements OutgoingMail {

	private final Mailer mailer;

	SmtpOutgoingMail(Mailer mailer) {
		this.mailer = mailer;
	}

	@Override
	public void send(String to, String subject, String text) {
		this.mailer.send(to, subject, text, null);
	}

}
