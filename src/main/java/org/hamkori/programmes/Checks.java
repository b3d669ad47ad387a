package org.hamkori.programmes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hamkori.directory.Directory;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

/** Rules the programme and agreement registers share. */
final class Checks {

	static final int TITLE_MAX = 500;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private Checks() {
	}

	/** The mechanism, if it exists; 404 otherwise. */
	static UUID knownMechanism(Directory directory, UUID mechanismId) {
		if (mechanismId == null || directory.mechanism(mechanismId).isEmpty()) {
			throw new NotFoundException();
		}
		return mechanismId;
	}

	/** Only the secretariat (or an admin) records; members get 403, others 404. */
	static void requireManager(Viewer viewer, UUID mechanismId) {
		if (!viewer.canManage(mechanismId)) {
			throw viewer.isMemberOf(mechanismId) ? new ForbiddenException() : new NotFoundException();
		}
	}

	static void title(LocalizedText title, String prefix, Map<String, String> errors) {
		if (title == null || title.isEmpty()) {
			errors.put("title", prefix + ".title");
		}
		else if (title.values().values().stream().anyMatch((t) -> t.length() > TITLE_MAX)) {
			errors.put("title", prefix + ".title.long");
		}
	}

	static void length(String value, int max, String field, String key, Map<String, String> errors) {
		if (value != null && value.length() > max) {
			errors.put(field, key);
		}
	}

	static boolean isEmail(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches();
	}

	static List<Object> pair(Object before, Object after) {
		List<Object> pair = new ArrayList<>(2);
		pair.add(before);
		pair.add(after);
		return pair;
	}

}
