package org.hamkori.directory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hamkori.directory.OrganisationType;
import org.hamkori.shared.security.MembershipRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The choices of the member filters, labelled in the reader's language in Java rather
 * than per option in the template.
 */
@Component
class FilterOptions {

	record Option(String value, String label, boolean selected) {
	}

	private final MessageSource messages;

	FilterOptions(MessageSource messages) {
		this.messages = messages;
	}

	List<Option> roles(MembershipRole selected, Locale locale) {
		return Arrays.stream(MembershipRole.values())
			.map((r) -> new Option(r.name(), this.messages.getMessage(r.messageKey(), null, locale), r == selected))
			.toList();
	}

	List<Option> types(OrganisationType selected, Locale locale) {
		return Arrays.stream(OrganisationType.values())
			.map((t) -> new Option(t.name(), this.messages.getMessage(t.messageKey(), null, locale), t == selected))
			.toList();
	}

}
