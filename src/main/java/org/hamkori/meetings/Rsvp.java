package org.hamkori.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.meetings.Invitation.Response;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.ViewerLookup;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * Answers to invitations (accept, decline, or send a named substitute), given in the app
 * or through the signed link of the invitation e-mail, and each user's private calendar
 * address, which they can revoke.
 */
@Service
@Transactional
public class Rsvp {

	static final String INVITATION = "rsvp";

	static final String FEED = "calendar";

	private final InvitationRepository invitations;

	private final MeetingRepository meetings;

	private final CalendarFeedRepository feeds;

	private final LinkKeys keys;

	private final org.springframework.data.jdbc.core.JdbcAggregateTemplate aggregates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<ViewerLookup> viewers;

	Rsvp(InvitationRepository invitations, MeetingRepository meetings, CalendarFeedRepository feeds, LinkKeys keys,
			org.springframework.data.jdbc.core.JdbcAggregateTemplate aggregates, ApplicationEventPublisher events,
			Clock clock, ObjectProvider<ViewerLookup> viewers) {
		this.viewers = viewers;
		this.invitations = invitations;
		this.meetings = meetings;
		this.feeds = feeds;
		this.keys = keys;
		this.aggregates = aggregates;
		this.events = events;
		this.clock = clock;
	}

	/** The token of an invitation's answer link. */
	public String token(Invitation invitation) {
		return this.keys.sign(INVITATION, invitation.id());
	}

	/**
	 * The invitation a link token was signed for, or 404 when the token is not genuine.
	 */
	@Transactional(readOnly = true)
	public Invitation byToken(String token) {
		UUID id = this.keys.verify(INVITATION, token);
		if (id == null) {
			throw new NotFoundException();
		}
		return this.invitations.findById(id).orElseThrow(NotFoundException::new);
	}

	public Invitation answerByToken(String token, Response response, String substitute) {
		return answer(byToken(token), response, substitute, "invitation-link");
	}

	public Invitation answerAsViewer(Viewer viewer, UUID meetingId, Response response, String substitute) {
		Invitation invitation = (viewer.personId() != null)
				? this.invitations.findByMeetingIdAndPersonId(meetingId, viewer.personId())
					.orElseThrow(NotFoundException::new)
				: null;
		if (invitation == null) {
			throw new NotFoundException();
		}
		return answer(invitation, response, substitute, viewer.actor());
	}

	/**
	 * Records the answer a member's calendar application sent back (an iTIP REPLY to the
	 * invitation's ORGANIZER), as if given on the answer page.
	 * @param calendarUid the UID of the meeting's calendar event
	 * @param personId the member the reply's ATTENDEE names
	 * @param response accepted or declined
	 * @return the invitation answered, or empty when no invitation of that person to that
	 * meeting exists
	 * @throws RuleViolation when the meeting no longer takes answers
	 */
	public Optional<Invitation> answerFromCalendar(String calendarUid, UUID personId, Response response) {
		return this.meetings.findByCalendarUid(calendarUid)
			.flatMap((meeting) -> this.invitations.findByMeetingIdAndPersonId(meeting.id(), personId))
			.map((invitation) -> answer(invitation, response, null, "calendar-reply"));
	}

	private Invitation answer(Invitation invitation, Response response, String substitute, String actor) {
		Meeting meeting = this.meetings.findById(invitation.meetingId()).orElseThrow(NotFoundException::new);
		if (meeting.status() != MeetingStatus.ANNOUNCED) {
			throw new RuleViolation(null, "rsvp.error.closed");
		}
		if (response == null || response == Response.NONE) {
			throw new RuleViolation("response", "validation.required");
		}
		String name = (response == Response.SUBSTITUTE) ? blankToNull(substitute) : null;
		if (response == Response.SUBSTITUTE && name == null) {
			throw new RuleViolation("substituteName", "validation.rsvp.substitute");
		}
		if (name != null && name.length() > 200) {
			throw new RuleViolation("substituteName", "validation.rsvp.substitute");
		}
		Invitation after = this.invitations.save(new Invitation(invitation.id(), invitation.meetingId(),
				invitation.personId(), response, name, this.clock.instant(), invitation.sentSequence()));
		this.events.publishEvent(new RecordChanged(actor, meeting.mechanismId(), "invitation", invitation.id(),
				"answered", RecordChanged.diff("response", invitation.response(), response, "substitute",
						invitation.substituteName(), name)));
		return after;
	}

	/**
	 * Notes that an invitation went out at a calendar sequence, in its own transaction,
	 * so a retried sending skips those already sent.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
	public void recordSent(UUID invitationId, int sequence) {
		this.invitations.findById(invitationId)
			.ifPresent((i) -> this.invitations.save(new Invitation(i.id(), i.meetingId(), i.personId(), i.response(),
					i.substituteName(), i.respondedAt(), sequence)));
	}

	// --- private calendar addresses ---

	@Transactional(readOnly = true)
	public List<CalendarFeed> feedsOf(Viewer viewer) {
		return (viewer.userId() != null) ? this.feeds.findActiveByUserId(viewer.userId()) : List.of();
	}

	public String feedToken(CalendarFeed feed) {
		return this.keys.sign(FEED, feed.id());
	}

	/** A new private address; earlier ones keep working until revoked. */
	public CalendarFeed createFeed(Viewer viewer) {
		if (viewer.userId() == null || viewer.personId() == null) {
			throw new RuleViolation(null, "calendar.error.noPerson");
		}
		CalendarFeed feed = this.aggregates.insert(
				new CalendarFeed(UUID.randomUUID(), viewer.userId(), viewer.personId(), this.clock.instant(), null));
		this.events.publishEvent(
				new RecordChanged(viewer.actor(), null, "calendar-feed", feed.id(), "created", java.util.Map.of()));
		return feed;
	}

	public void revokeFeed(Viewer viewer, UUID feedId) {
		CalendarFeed feed = this.feeds.findById(feedId)
			.filter((f) -> f.userId().equals(viewer.userId()) && f.revokedAt() == null)
			.orElseThrow(NotFoundException::new);
		this.feeds
			.save(new CalendarFeed(feed.id(), feed.userId(), feed.personId(), feed.createdAt(), this.clock.instant()));
		this.events.publishEvent(
				new RecordChanged(viewer.actor(), null, "calendar-feed", feed.id(), "revoked", java.util.Map.of()));
	}

	/**
	 * Whom a calendar token shows meetings to: the feed's user as they are now, if the
	 * token is genuine and not revoked, the account is enabled and still linked to the
	 * feed's person. A disabled account's feeds stop at once (404).
	 */
	@Transactional(readOnly = true)
	public Optional<Viewer> feedViewer(String token) {
		UUID id = this.keys.verify(FEED, token);
		if (id == null) {
			return Optional.empty();
		}
		ViewerLookup lookup = this.viewers.getIfAvailable();
		return this.feeds.findById(id)
			.filter((f) -> f.revokedAt() == null && lookup != null)
			.flatMap(
					(f) -> lookup.currentViewer(f.userId()).filter((viewer) -> f.personId().equals(viewer.personId())));
	}

}
