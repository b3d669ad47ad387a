package org.hamkori.results;

import java.util.Map;
import java.util.UUID;

/**
 * A programme's progress report was sent round for comments: the notifications module
 * tells the programme's mechanism's members, who may comment on it. The programme's title
 * travels with the event, by language, so the listener needs no reader's rights.
 */
public record ProgressReportCirculated(UUID reportId, UUID programmeId, UUID mechanismId, String period,
		Map<String, String> programmeTitle) {

}
