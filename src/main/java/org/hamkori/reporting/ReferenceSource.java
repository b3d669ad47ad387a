package org.hamkori.reporting;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.text.Texts;

/**
 * Where an international reference series comes from: the publisher's series name (World
 * Bank WDI, UN DESA, ILOSTAT, IMF), the address it was read from, and the day it was
 * retrieved, so that a reader can find the same figures again.
 */
public record ReferenceSource(String name, String url, LocalDate retrieved) {

	/**
	 * A source as given, trimmed, once it names its series, has a web address (or none)
	 * and was retrieved by today.
	 * @throws RuleViolation with a problem for each field that is wrong
	 */
	static ReferenceSource checked(ReferenceSource source, LocalDate today) {
		List<RuleViolation.Problem> problems = new ArrayList<>();
		String name = (source != null) ? Texts.blankToNull(source.name()) : null;
		if (name == null) {
			problems.add(new RuleViolation.Problem("sourceName", "data.reference.source-required"));
		}
		String url = (source != null) ? Texts.blankToNull(source.url()) : null;
		if (url != null && !isWebAddress(url)) {
			problems.add(new RuleViolation.Problem("sourceUrl", "data.reference.url-invalid"));
		}
		LocalDate retrieved = (source != null) ? source.retrieved() : null;
		if (retrieved == null || retrieved.isAfter(today)) {
			problems.add(new RuleViolation.Problem("sourceRetrieved", "data.reference.retrieved-invalid"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		return new ReferenceSource(name.strip(), (url != null) ? url.strip() : null, retrieved);
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url.strip());
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
