package org.hamkori.issues.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.text.Figures;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Small formatting for the issue pages, exposed to templates as {@code @issueViews}. */
@Component("issueViews")
class IssueViews {

	private final Meetings meetings;

	IssueViews(Meetings meetings) {
		this.meetings = meetings;
	}

	public String instant(Instant instant) {
		return (instant != null) ? Figures.date(instant.atZone(ZoneOffset.UTC), LocaleContextHolder.getLocale()) : "";
	}

	/** Meetings of the mechanism whose agenda can still take an item. */
	public List<Meeting> plannedMeetings(UUID mechanismId) {
		return this.meetings.ofMechanism(mechanismId).stream().filter((m) -> m.status().isPlanned()).toList();
	}

}
