package org.hamkori.meetings;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting being planned or re-planned. Times are the venue's wall-clock times in
 * {@code timeZone}; the service checks that the zone exists and the end follows the
 * start.
 */
public record MeetingForm(@NotNull(message = "{validation.required}") MeetingType type,
		@Size(max = 300, message = "{validation.size.max}") @Nullable String title,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endsAt,
		@NotNull(message = "{validation.required}") @Size(max = 64, message = "{validation.size.max}") String timeZone,
		@Size(max = 500, message = "{validation.size.max}") @Nullable String venue,
		@Size(max = 1000, message = "{validation.size.max}") @Pattern(regexp = "^$|^https://\\S+$",
				message = "{validation.meeting.link}") @Nullable String onlineLink,
		@NotEmpty(message = "{validation.meeting.languages}") List<String> languages, @Nullable Integer version) {

	public static MeetingForm empty(MeetingType type, String zone, LocalDateTime start, List<String> languages) {
		return new MeetingForm(type, "", start, start.plusHours(3), zone, "", "", languages, null);
	}

	public static MeetingForm of(Meeting meeting, String title) {
		return new MeetingForm(meeting.meetingType(), title, meeting.startsLocal(), meeting.endsLocal(),
				meeting.timeZone(), meeting.venue(), meeting.onlineLink(), meeting.languageList(), meeting.version());
	}

}
