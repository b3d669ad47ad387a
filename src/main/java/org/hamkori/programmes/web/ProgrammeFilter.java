package org.hamkori.programmes.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeStatus;
import org.hamkori.programmes.ProgrammeTheme;

/**
 * The register's filters, all typed and optional: theme, derived status and implementer.
 * Nothing the reader types reaches SQL.
 */
record ProgrammeFilter(ProgrammeTheme theme, ProgrammeStatus status, UUID implementer) {

	List<Programme> apply(List<Programme> programmes, LocalDate today) {
		return programmes.stream()
			.filter((p) -> this.theme == null || p.themes().contains(this.theme))
			.filter((p) -> this.status == null || p.status(today) == this.status)
			.filter((p) -> this.implementer == null || this.implementer.equals(p.implementerId()))
			.toList();
	}

	String link(String base, int page) {
		return RegisterPages.link(base, page, "theme", this.theme, "status", this.status, "implementer",
				this.implementer);
	}

}
