package org.hamkori;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.MessagingException;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on a free port, wired into
 * every test application context through {@code spring.mail.*} (registered in
 * {@code META-INF/spring.factories}). Tests find their messages by recipient, since
 * contexts and tests share the server.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	public static synchronized GreenMail server() {
		if (server == null) {
			GreenMail started = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			started.start();
			server = started;
		}
		return server;
	}

	/** The messages received so far for one address. */
	public static List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter((m) -> isTo(m, address)).toList();
	}

	/** Waits up to ten seconds for {@code count} messages to one address. */
	public static List<MimeMessage> awaitMessagesTo(String address, int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		List<MimeMessage> found = messagesTo(address);
		while (found.size() < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
			found = messagesTo(address);
		}
		return found;
	}

	private static boolean isTo(Message message, String address) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch((a) -> a.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var arguments = context.getEnvironment().getPropertySources().get("commandLineArgs");
		if (arguments != null && arguments.containsProperty("spring.mail.port")) {
			// an application started with its own mail server (the two-node test)
			return;
		}
		int port = server().getSmtp().getPort();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-mail-server",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
	}

}
