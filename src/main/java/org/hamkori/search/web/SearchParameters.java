package org.hamkori.search.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.search.Search;
import org.hamkori.shared.web.NotFoundException;

/** The filters of the page and the API, read the same way. */
final class SearchParameters {

	private SearchParameters() {
	}

	/** The asked kinds of record that exist; unknown ones are ignored. */
	static Set<String> types(Collection<String> asked) {
		Set<String> types = new LinkedHashSet<>();
		if (asked != null) {
			asked.stream().filter(Search.TYPES::contains).forEach(types::add);
		}
		return types;
	}

	/** The mechanism of a code, none when blank; 404 for an unknown code. */
	static Mechanism mechanism(Directory directory, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return directory.mechanism(code.strip()).orElseThrow(NotFoundException::new);
	}

	static Map<UUID, String> codes(Directory directory) {
		return directory.mechanisms().stream().collect(Collectors.toMap(Mechanism::id, Mechanism::code));
	}

}
