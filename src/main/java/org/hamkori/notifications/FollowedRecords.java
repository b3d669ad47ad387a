package org.hamkori.notifications;

import java.util.Optional;
import java.util.UUID;

import org.hamkori.actions.ActionItems;
import org.hamkori.documents.Documents;
import org.hamkori.documents.Library;
import org.hamkori.issues.IssueRegister;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingCalendar;
import org.hamkori.meetings.Meetings;
import org.hamkori.reporting.Completeness;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * The records one may follow, seen through their owning module's rights check: a record
 * the viewer may not see is not found, so it can neither be followed nor be told of.
 */
@Component
public class FollowedRecords {

	/** The kinds of record one may follow, by their stable name in URLs and rows. */
	public enum Type {

		ISSUE("issue"), MEETING("meeting"), DATA_SET("data-set"), ACTION("action"), DOCUMENT("document"),

		/** A document of a mechanism's library, told of its edits and new files. */
		LIBRARY_DOCUMENT("library-document");

		private final String code;

		Type(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

		public static Optional<Type> of(String code) {
			for (Type type : values()) {
				if (type.code.equals(code)) {
					return Optional.of(type);
				}
			}
			return Optional.empty();
		}

	}

	private final IssueRegister issues;

	private final Meetings meetings;

	private final MeetingCalendar calendar;

	private final Completeness dataSets;

	private final ActionItems actions;

	private final Documents documents;

	private final Library library;

	FollowedRecords(IssueRegister issues, Meetings meetings, MeetingCalendar calendar, Completeness dataSets,
			ActionItems actions, Documents documents, Library library) {
		this.issues = issues;
		this.meetings = meetings;
		this.calendar = calendar;
		this.dataSets = dataSets;
		this.actions = actions;
		this.documents = documents;
		this.library = library;
	}

	/** The record as the viewer may see it, or empty. */
	public Optional<Inbox.About> seen(Viewer viewer, Type type, UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return switch (type) {
			case ISSUE -> this.issues.findVisible(viewer, id)
				.map((i) -> about(type, id, i.mechanismId(), i.title(), "/issues/" + id));
			case MEETING -> this.meetings.findVisible(viewer, id).map((m) -> meeting(m));
			case DATA_SET -> this.dataSets.readableDataSet(id, viewer)
				.map((d) -> about(type, id, d.mechanismId(), d.name(), "/data-sets/" + id));
			case ACTION -> this.actions.findVisible(id, viewer)
				.map((a) -> about(type, id, a.mechanismId(), a.title(), "/actions/" + id));
			case DOCUMENT -> this.documents.visible(id, viewer)
				.map((d) -> about(type, id, d.mechanismId(), LocalizedText.of("en", d.fileName()), "/documents/" + id));
			case LIBRARY_DOCUMENT -> this.library.visible(id, viewer)
				.map((d) -> about(type, id, d.mechanismId(), LocalizedText.of("en", d.title()), "/library/" + id));
		};
	}

	/** A meeting as notifications name it: its code and title in every language. */
	Inbox.About meeting(Meeting meeting) {
		java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
		for (java.util.Locale locale : Languages.LOCALES) {
			titles.put(locale.getLanguage(), this.calendar.title(meeting, locale));
		}
		return about(Type.MEETING, meeting.id(), meeting.mechanismId(), LocalizedText.of(titles),
				"/meetings/" + meeting.id());
	}

	private static Inbox.About about(Type type, UUID id, UUID mechanismId, LocalizedText title, String url) {
		return new Inbox.About(type.code(), id, mechanismId,
				(title != null) ? title : new LocalizedText(java.util.Map.of()), url);
	}

}
