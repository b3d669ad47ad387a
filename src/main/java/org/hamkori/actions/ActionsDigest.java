package org.hamkori.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Organisation;
import org.hamkori.shared.digest.DigestItem;
import org.hamkori.shared.digest.DigestSection;
import org.hamkori.shared.digest.DigestSource;
import org.hamkori.shared.security.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.hamkori.shared.text.Figures;

/**
 * The actions' lines of the weekly digest: the open actions of the institutions the
 * reader represents (their seats' institution, in that seat's mechanism) that are overdue
 * or due within the next {@value #DAYS_AHEAD} days. They are listed every week while that
 * holds, whatever changed, since an action still due is still worth reading about.
 */
@Component
class ActionsDigest implements DigestSource {

	static final int DAYS_AHEAD = 14;

	private final ActionItemRepository actions;

	private final Directory directory;

	private final MessageSource messages;

	ActionsDigest(ActionItemRepository actions, Directory directory, MessageSource messages) {
		this.actions = actions;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DigestItem> itemsFor(Viewer reader, Locale locale, Instant since) {
		LocalDate today = this.directory.today();
		LocalDate until = today.plusDays(DAYS_AHEAD);
		Set<Institution> institutions = new LinkedHashSet<>();
		reader.seats()
			.stream()
			.filter((seat) -> seat.organisationId() != null)
			.forEach((seat) -> institutions
				.add(new Institution(seat.mechanismId(), seat.mechanismCode(), seat.organisationId())));
		List<Due> due = new ArrayList<>();
		for (Institution institution : institutions) {
			this.actions.findOpenByMechanism(institution.mechanismId())
				.stream()
				.filter((a) -> a.ownerOrganisationId().equals(institution.organisationId())
						&& !a.dueDate().isAfter(until))
				.forEach((a) -> due.add(new Due(a, institution.mechanismCode())));
		}
		due.sort(Comparator.comparing((Due d) -> d.action().dueDate()).thenComparing((d) -> d.action().id()));
		List<DigestItem> items = new ArrayList<>();
		for (Due entry : due) {
			ActionItem action = entry.action();
			String owner = this.directory.organisation(action.ownerOrganisationId())
				.map(Organisation::name)
				.map((name) -> name.in(locale))
				.orElse("");
			String key = action.isOverdue(today) ? "digest.action.overdue" : "digest.action.due";
			String text = this.messages.getMessage(key, new Object[] { entry.mechanismCode(), action.title().in(locale),
					Figures.date(action.dueDate(), locale), owner }, locale);
			items.add(new DigestItem(DigestSection.ACTIONS_DUE, text, "/actions/" + action.id()));
		}
		return items;
	}

	/** An institution the reader represents, in one mechanism. */
	private record Institution(UUID mechanismId, String mechanismCode, UUID organisationId) {
	}

	private record Due(ActionItem action, String mechanismCode) {
	}

}
