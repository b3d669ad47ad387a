package org.hamkori.issues.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.issues.Issue;
import org.hamkori.issues.RegionalLoop;
import org.hamkori.meetings.MeetingStatus;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The regional board: what the four countries escalated, grouped by theme, with the
 * themes × countries matrix; the RCM secretariat merges items into regional issues and
 * puts them on an RCM meeting's agenda.
 */
@Controller
class RegionalController {

	private final RegionalLoop loop;

	private final Meetings meetings;

	private final Directory directory;

	RegionalController(RegionalLoop loop, Meetings meetings, Directory directory) {
		this.loop = loop;
		this.meetings = meetings;
		this.directory = directory;
	}

	@GetMapping("/regional/escalations")
	String board(Viewer viewer, Model model) {
		List<RegionalLoop.Escalated> escalated = this.loop.board(viewer);
		Mechanism rcm = this.loop.regional();
		model.addAttribute("escalated", escalated);
		model.addAttribute("matrix", this.loop.matrix(escalated));
		model.addAttribute("countries",
				this.directory.mechanisms().stream().filter((m) -> !m.regional()).map(Mechanism::code).toList());
		model.addAttribute("canManage", viewer.canManage(rcm.id()));
		model.addAttribute("rcm", rcm);
		return "issues/regional";
	}

	@PostMapping("/regional/escalations/merge")
	String merge(@Valid @ModelAttribute IssueStepForms.Merge form, BindingResult errors, Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		try {
			Issue regional = this.loop.merge(viewer, form.escalation(), LocaleContextHolder.getLocale().getLanguage(),
					form.title(), form.description());
			return "redirect:/issues/" + regional.id() + "?merged";
		}
		catch (RuleViolation ex) {
			return "redirect:/regional/escalations?problem=" + ex.messageKey();
		}
	}

	@PostMapping("/issues/{id}/agenda")
	String placeOnAgenda(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.PlaceOnAgenda form,
			BindingResult errors, Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		UUID meeting = form.meeting();
		try {
			if (meeting == null) {
				throw new RuleViolation("meeting", "issue.error.linkTarget");
			}
			this.loop.placeOnAgenda(viewer, id, meeting);
			return "redirect:/meetings/" + meeting + "?itemAdded#agenda";
		}
		catch (RuleViolation ex) {
			return "redirect:/issues/" + id + "?problem=" + ex.messageKey();
		}
	}

	static boolean open(MeetingStatus status) {
		return status.isPlanned();
	}

}
