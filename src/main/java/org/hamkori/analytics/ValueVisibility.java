package org.hamkori.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.security.Viewer;

/**
 * The one rule for who may see a published figure, as an SQL condition every analytics
 * query (pages, dashboards, exports, the trends brief and the API) appends, so the rule
 * cannot drift between them. A figure of mechanism M is visible when it is public; when
 * it is members-only and the viewer sits in M (or is an admin); when it is restricted and
 * the viewer runs M or represents the institution whose obligation it answers. Members of
 * the regional mechanism also see every country's figures the regional secretariat
 * accepted for the regional view.
 */
final class ValueVisibility {

	/** The regional mechanism's fixed identifier. */
	public static final UUID REGIONAL_MECHANISM = UUID.fromString("00000000-0000-4000-8000-000000000100");

	/** A condition with its named parameters (all prefixed {@code vis_}). */
	public record Condition(String sql, Map<String, Object> parameters) {
	}

	private ValueVisibility() {
	}

	/**
	 * The condition on the rows of {@code published_value} under the given alias.
	 */
	public static Condition of(Viewer viewer, String alias) {
		String a = alias + ".";
		if (viewer.admin()) {
			return new Condition("(1 = 1)", Map.of());
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		List<String> any = new ArrayList<>();
		any.add(a + "visibility = 'PUBLIC'");
		Set<UUID> memberOf = viewer.mechanismIds();
		if (!memberOf.isEmpty()) {
			parameters.put("vis_members", List.copyOf(memberOf));
			any.add("(" + a + "visibility = 'MEMBERS' and " + a + "mechanism_id in (:vis_members))");
		}
		List<UUID> managed = memberOf.stream().filter(viewer::canManage).toList();
		if (!managed.isEmpty()) {
			parameters.put("vis_managed", managed);
			any.add("(" + a + "visibility = 'RESTRICTED' and " + a + "mechanism_id in (:vis_managed))");
		}
		int index = 0;
		for (UUID mechanism : memberOf) {
			Set<UUID> organisations = viewer.organisationsIn(mechanism);
			if (organisations.isEmpty()) {
				continue;
			}
			String m = "vis_m" + index;
			String o = "vis_o" + index;
			index++;
			parameters.put(m, mechanism);
			parameters.put(o, List.copyOf(organisations));
			any.add("(" + a + "visibility = 'RESTRICTED' and " + a + "mechanism_id = :" + m + " and " + a
					+ "obligation_id in (select vis_ro.id from reporting_obligation vis_ro where vis_ro.organisation_id in (:"
					+ o + ")))");
		}
		if (viewer.isMemberOf(REGIONAL_MECHANISM)) {
			any.add(a + "regional = true");
		}
		return new Condition("(" + String.join(" or ", any) + ")", Map.copyOf(parameters));
	}

}
