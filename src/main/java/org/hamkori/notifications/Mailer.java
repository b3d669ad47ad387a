package org.hamkori.notifications;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail over SMTP ({@code spring.mail.*}). Without a configured SMTP host (the
 * quick start) mail is logged as skipped, by recipient count only, never content. A send
 * failure is thrown, so the event listener that called it is retried from the event
 * publication registry.
 */
@Component
class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, HamkoriSettings settings) {
		this.sender = sender;
		this.from = settings.mail().from();
	}

	/** A calendar part: the iCalendar text and its METHOD (REQUEST, CANCEL). */
	record Calendar(String ics, String method) {
	}

	boolean enabled() {
		return this.sender.getIfAvailable() != null;
	}

	void send(String to, String subject, String text, Calendar calendar) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			log.info("No SMTP server configured; one e-mail not sent");
			return;
		}
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, calendar != null, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text, false);
			if (calendar != null) {
				String type = "text/calendar; charset=UTF-8; method=" + calendar.method();
				helper.addAttachment("invite.ics",
						new ByteArrayDataSource(calendar.ics().getBytes(StandardCharsets.UTF_8), type));
			}
			mail.send(message);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not build an e-mail", ex);
		}
	}

}
