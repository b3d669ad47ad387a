package org.hamkori.notifications.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.notifications.Inbox;
import org.hamkori.notifications.Notification;
import org.hamkori.notifications.NotificationKind;
import org.hamkori.notifications.NotificationKind.Delivery;
import org.hamkori.notifications.Preferences;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bell (a fragment every page loads through hx-get), the reader's notifications with
 * mark-read, and their delivery preferences.
 */
@Controller
class NotificationController {

	/**
	 * One notification as the list shows it, its line already in the reader's language.
	 */
	record Row(Notification notification, String title) {
	}

	private final Inbox inbox;

	private final Preferences preferences;

	NotificationController(Inbox inbox, Preferences preferences) {
		this.inbox = inbox;
		this.preferences = preferences;
	}

	@GetMapping("/notifications/bell")
	String bell(Viewer viewer, Model model) {
		model.addAttribute("unread", this.inbox.unread(viewer));
		return "notifications/bell :: bell";
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "1") int page, Viewer viewer, Locale locale, Model model) {
		Paging<Notification> paging = this.inbox.page(viewer, page);
		List<Row> rows = paging.items().stream().map((n) -> new Row(n, this.inbox.title(n, locale))).toList();
		model.addAttribute("paging", paging);
		model.addAttribute("rows", rows);
		model.addAttribute("unread", this.inbox.unread(viewer));
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page, Viewer viewer) {
		if (!this.inbox.markRead(viewer, id)) {
			throw new NotFoundException();
		}
		return "redirect:/notifications?page=" + Math.max(page, 1);
	}

	@PostMapping("/notifications/read")
	String markAllRead(Viewer viewer) {
		this.inbox.markAllRead(viewer);
		return "redirect:/notifications?allRead";
	}

	@GetMapping("/notifications/preferences")
	String preferences(Viewer viewer, Model model) {
		model.addAttribute("choices", choosable(viewer));
		model.addAttribute("deliveries", Delivery.values());
		return "notifications/preferences";
	}

	@PostMapping("/notifications/preferences")
	String savePreferences(@RequestParam Map<String, String> form, Viewer viewer, Model model) {
		Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
		boolean invalid = false;
		for (NotificationKind kind : NotificationKind.values()) {
			String value = form.get(kind.name());
			if (value == null || !kind.choosable()) {
				continue;
			}
			Delivery delivery = parse(value);
			if (delivery == null) {
				invalid = true;
			}
			else {
				choices.put(kind, delivery);
			}
		}
		if (invalid) {
			model.addAttribute("choices", choosable(viewer));
			model.addAttribute("deliveries", Delivery.values());
			model.addAttribute("invalid", true);
			return "notifications/preferences";
		}
		this.preferences.save(viewer, choices);
		return "redirect:/notifications/preferences?saved";
	}

	/** The reader's deliveries of the kinds they may choose for. */
	private Map<NotificationKind, Delivery> choosable(Viewer viewer) {
		Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
		this.preferences.of(viewer).forEach((kind, delivery) -> {
			if (kind.choosable()) {
				choices.put(kind, delivery);
			}
		});
		return choices;
	}

	private static Delivery parse(String value) {
		for (Delivery delivery : Delivery.values()) {
			if (delivery.name().equals(value)) {
				return delivery;
			}
		}
		return null;
	}

}
