package org.hamkori.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hamkori.accounts.DigestReader;
import org.hamkori.shared.digest.DigestItem;
import org.hamkori.shared.digest.DigestSection;
import org.hamkori.shared.digest.DigestSource;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes one reader's weekly digest: the lines every {@link DigestSource} bean gives for
 * the reader, grouped by section in the order of {@link DigestSection}, each with a link
 * under {@code hamkori.base-url}, in the reader's language. A reader with no line gets no
 * e-mail. Sending, and sending once, is {@link WeeklyDigestJob}'s.
 */
@Component
class WeeklyDigest {

	/** One digest e-mail, and how many lines it carries. */
	record Mail(String subject, String text, int lines) {
	}

	private final ObjectProvider<DigestSource> sources;

	private final MessageSource messages;

	private final String baseUrl;

	WeeklyDigest(ObjectProvider<DigestSource> sources, MessageSource messages, HamkoriSettings settings) {
		this.sources = sources;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
	}

	/**
	 * The digest of the week starting {@code week}, looking back to {@code since}; empty
	 * when the reader has nothing to read.
	 */
	Optional<Mail> compose(DigestReader reader, LocalDate week, Instant since) {
		Locale locale = Locale.forLanguageTag(reader.language());
		List<DigestItem> items = new ArrayList<>();
		this.sources.orderedStream().forEach((source) -> items.addAll(source.itemsFor(reader.viewer(), locale, since)));
		if (items.isEmpty()) {
			return Optional.empty();
		}
		// A stable sort: within a section, each source's own order is kept.
		items.sort(Comparator.comparing(DigestItem::section));
		String weekOf = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(week);
		StringBuilder text = new StringBuilder();
		text.append(message("mail.digest.greeting", locale, reader.fullName()))
			.append("\n\n")
			.append(message("mail.digest.intro", locale, weekOf))
			.append('\n');
		DigestSection current = null;
		for (DigestItem item : items) {
			if (item.section() != current) {
				current = item.section();
				String heading = message(current.headingKey(), locale);
				text.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
			}
			text.append("• ").append(item.text()).append('\n');
			if (item.path() != null) {
				text.append("  ").append(this.baseUrl).append(item.path()).append('\n');
			}
		}
		text.append('\n').append(message("mail.digest.footer", locale, this.baseUrl + "/")).append("\n\nHamkori\n");
		return Optional.of(new Mail(message("mail.digest.subject", locale, weekOf), text.toString(), items.size()));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
