package org.hamkori.accounts.web;

import java.util.ArrayList;
import java.util.List;

import org.hamkori.accounts.Viewers;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.Viewer;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one sub-navigation of a mechanism's pages (home, members, meetings, actions,
 * issues, data, dashboard, programmes, documents, and for its secretariat the access
 * requests), with only the sections the viewer may open and the one the page belongs to
 * marked. The layout shows it on every page whose model holds a {@code mechanism};
 * templates reach it as {@code @mechanismNav}. The rights mirror the pages' own checks:
 * members and programmes are public, actions and the dashboard filter per signed-in
 * viewer, the rest is for the mechanism's members and admins.
 */
@Component("mechanismNav")
public class MechanismNavigation {

	/** One link of the sub-navigation. */
	public record Section(String key, String href, boolean current) {
	}

	private enum Right {

		EVERYONE, SIGNED_IN, MEMBERS, MANAGERS

	}

	/** A section: its message key, its page and the paths that belong to it. */
	private record Entry(String name, String page, Right right, List<String> mechanismPaths, List<String> paths) {
	}

	private static final List<Entry> ENTRIES = List.of(
			new Entry("home", "/home", Right.MEMBERS, List.of("/home"), List.of()),
			new Entry("members", "", Right.EVERYONE, List.of("", "/memberships", "/audit"), List.of("/memberships/")),
			new Entry("meetings", "/meetings", Right.MEMBERS, List.of("/meetings"), List.of("/meetings/")),
			new Entry("actions", "/actions", Right.SIGNED_IN, List.of("/actions"), List.of("/actions/")),
			new Entry("issues", "/issues", Right.MEMBERS, List.of("/issues", "/policy-changes"),
					List.of("/issues/", "/decisions/", "/regional/escalations")),
			new Entry("data", "/data-sets", Right.MEMBERS, List.of("/data-sets", "/data", "/sdg-10-7-2"),
					List.of("/data-sets/", "/data/", "/sdg-10-7-2/")),
			new Entry("dashboard", "/dashboard", Right.SIGNED_IN, List.of("/dashboard", "/analytics", "/trends-brief"),
					List.of()),
			new Entry("programmes", "/programmes", Right.EVERYONE, List.of("/programmes", "/agreements"),
					List.of("/programmes/", "/agreements/")),
			new Entry("documents", "/documents", Right.MEMBERS, List.of("/documents"), List.of()),
			new Entry("access", "/access-requests", Right.MANAGERS, List.of("/access-requests"), List.of()));

	private final Viewers viewers;

	MechanismNavigation(Viewers viewers) {
		this.viewers = viewers;
	}

	/**
	 * The sections of a mechanism the current viewer may open, the one holding
	 * {@code path} marked current; empty when {@code mechanism} is not a mechanism.
	 */
	public List<Section> sections(Object mechanism, String path) {
		if (!(mechanism instanceof Mechanism m)) {
			return List.of();
		}
		Viewer viewer = this.viewers.of(SecurityContextHolder.getContext().getAuthentication());
		String base = "/mechanisms/" + m.code();
		String here = (path != null) ? path : "";
		List<Section> sections = new ArrayList<>();
		for (Entry e : ENTRIES) {
			if (allowed(e.right(), viewer, m)) {
				sections.add(new Section("mechanism.nav." + e.name(), base + e.page(), belongs(e, base, here)));
			}
		}
		return sections;
	}

	/**
	 * The section the page belongs to, for the collapsed menu's summary; null if none.
	 */
	public Section current(List<Section> sections) {
		return sections.stream().filter(Section::current).findFirst().orElse(null);
	}

	private static boolean allowed(Right right, Viewer viewer, Mechanism m) {
		return switch (right) {
			case EVERYONE -> true;
			case SIGNED_IN -> viewer.isAuthenticated();
			case MEMBERS -> viewer.admin() || viewer.isMemberOf(m.id());
			case MANAGERS -> viewer.canManage(m.id());
		};
	}

	private static boolean belongs(Entry e, String base, String path) {
		for (String p : e.mechanismPaths()) {
			String full = base + p;
			if (path.equals(full) || (!p.isEmpty() && path.startsWith(full + "/"))) {
				return true;
			}
		}
		return e.paths().stream().anyMatch(path::startsWith);
	}

}
