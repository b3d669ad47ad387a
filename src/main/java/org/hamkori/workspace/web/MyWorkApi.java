package org.hamkori.workspace.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamkori.shared.security.Viewer;
import org.hamkori.workspace.MyWork;
import org.hamkori.workspace.Work;
import org.hamkori.workspace.WorkItem;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "My work" for machine clients: the same six sections as the page, for the token's user,
 * with the same rights. Reading it records no visit; changes count from the start of the
 * user's previous visit to the page.
 */
@RestController
@Tag(name = "My work", description = "What waits for the caller across the mechanisms they sit in")
class MyWorkApi {

	private final MyWork work;

	MyWorkApi(MyWork work) {
		this.work = work;
	}

	/**
	 * One line: {@code title} in the request's language; {@code due} a day where a
	 * deadline applies; {@code date} a moment where one applies (a meeting's start in its
	 * venue's zone, the time of a change in UTC).
	 */
	record WorkItemView(WorkItem.Type type, String title, @Nullable String reference, String url, String mechanism,
			@Nullable LocalDate due, @Nullable OffsetDateTime date, WorkItem.State state) {

		static WorkItemView of(WorkItem item, Locale locale) {
			return new WorkItemView(item.type(), item.title().in(locale), item.reference(), item.url(),
					item.mechanism(), item.due(), item.date(), item.state());
		}

	}

	/** The six sections, and since when {@code changes} counts. */
	record MyWorkView(List<WorkItemView> meetings, List<WorkItemView> actions, List<WorkItemView> reports,
			List<WorkItemView> minutes, List<WorkItemView> incoming, List<WorkItemView> changes, Instant changesSince) {
	}

	@GetMapping("/api/v1/me/work")
	@Operation(summary = "What waits for the caller: meetings to answer, their institution's actions and reports, "
			+ "minutes open for comments, regional items to answer, and changes since their last visit")
	MyWorkView show(Viewer viewer, Locale locale) {
		Work work = this.work.read(viewer);
		return new MyWorkView(views(work.meetings(), locale), views(work.actions(), locale),
				views(work.reports(), locale), views(work.minutes(), locale), views(work.incoming(), locale),
				views(work.changes(), locale), work.changesSince());
	}

	private static List<WorkItemView> views(List<WorkItem> items, Locale locale) {
		return items.stream().map((item) -> WorkItemView.of(item, locale)).toList();
	}

}
