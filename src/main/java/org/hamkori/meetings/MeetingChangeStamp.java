package org.hamkori.meetings;

import java.time.Clock;

import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;

/**
 * Stamps a meeting with the time of each save, from the application's clock: the
 * LAST-MODIFIED of its invitations and calendar entries.
 */
@Component
class MeetingChangeStamp implements BeforeConvertCallback<Meeting> {

	private final Clock clock;

	MeetingChangeStamp(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Meeting onBeforeConvert(Meeting meeting) {
		return meeting.changedAt(this.clock.instant());
	}

}
