package org.hamkori.accounts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.hamkori.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the account e-mails the tests' SMTP server received: the links and the texts. */
final class AccountMailbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+?(/password/set/[A-Za-z0-9_-]+)");

	private AccountMailbox() {
	}

	/** Waits for the {@code count}-th message to an address and returns it. */
	static MimeMessage nth(String address, int count) throws Exception {
		List<MimeMessage> messages = TestMailServer.awaitMessagesTo(address, count);
		assertThat(messages).as("messages to %s", address).hasSizeGreaterThanOrEqualTo(count);
		return messages.get(count - 1);
	}

	static int count(String address) {
		return TestMailServer.messagesTo(address).size();
	}

	static String text(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	/** The path of the set-password link in a message, such as /password/set/abc. */
	static String link(MimeMessage message) throws Exception {
		Matcher matcher = LINK.matcher(text(message));
		assertThat(matcher.find()).as("a set-password link in %s", text(message)).isTrue();
		return matcher.group(1);
	}

}
