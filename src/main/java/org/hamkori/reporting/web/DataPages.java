package org.hamkori.reporting.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.Submissions;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the data-exchange pages share: rights, lookups and the page context. */
@Component
class DataPages {

	private final Directory directory;

	private final DataSets dataSets;

	private final Submissions submissions;

	private final IndicatorCatalogue catalogue;

	DataPages(Directory directory, DataSets dataSets, Submissions submissions, IndicatorCatalogue catalogue) {
		this.directory = directory;
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.catalogue = catalogue;
	}

	/** A mechanism its members (and admins) may open; 404 for everyone else. */
	Mechanism memberMechanism(String code, Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.admin() && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		return mechanism;
	}

	Mechanism managed(String code, Viewer viewer) {
		Mechanism mechanism = memberMechanism(code, viewer);
		if (!viewer.canManage(mechanism.id())) {
			throw new ForbiddenException();
		}
		return mechanism;
	}

	Mechanism mechanism(UUID id) {
		return this.directory.mechanism(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * A data set its mechanism's members may read; a restricted one only its secretariat,
	 * admins and the institutions that report it.
	 */
	DataSet dataSet(UUID id, Viewer viewer) {
		return this.dataSets.readable(id, viewer).orElseThrow(NotFoundException::new);
	}

	/** An obligation its mechanism's members may read. */
	Obligation obligation(UUID id, Viewer viewer) {
		Obligation obligation = this.dataSets.obligation(id).orElseThrow(NotFoundException::new);
		if (!this.submissions.canRead(obligation, viewer)) {
			throw new NotFoundException();
		}
		return obligation;
	}

	/** Member institutions of a mechanism, by name in the reader's language. */
	List<Organisation> memberInstitutions(Mechanism mechanism, Locale locale) {
		Map<UUID, Organisation> all = this.directory.organisationsById();
		return this.directory.membershipsOfMechanism(mechanism.id())
			.stream()
			.map(Membership::organisationId)
			.distinct()
			.map(all::get)
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing((Organisation o) -> o.name().in(locale), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	Map<String, IndicatorCatalogue.Indicator> indicators() {
		Map<String, IndicatorCatalogue.Indicator> byCode = new LinkedHashMap<>();
		this.catalogue.indicators().forEach((i) -> byCode.put(i.code(), i));
		return byCode;
	}

	Map<String, IndicatorCatalogue.Dimension> dimensions() {
		Map<String, IndicatorCatalogue.Dimension> byCode = new LinkedHashMap<>();
		this.catalogue.dimensions().forEach((d) -> byCode.put(d.code(), d));
		return byCode;
	}

	/** The countries the grid and template of a report offer (decision 0025). */
	GridCountries countries(Obligation obligation, Period period, String added) {
		return GridCountries.of(dimensions(), mechanism(obligation.mechanismId()), this.directory, this.submissions,
				obligation.id(), period, added);
	}

	/** Names of codes by {@code DIMENSION=CODE}. */
	Map<String, org.hamkori.shared.i18n.LocalizedText> codeNames() {
		Map<String, org.hamkori.shared.i18n.LocalizedText> names = new java.util.HashMap<>();
		this.catalogue.dimensions()
			.forEach((d) -> d.codes().forEach((c) -> names.put(d.code() + "=" + c.code(), c.name())));
		return names;
	}

	void context(Model model, Mechanism mechanism) {
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("organisations", this.directory.organisationsById());
		model.addAttribute("indicatorsByCode", indicators());
		model.addAttribute("today", this.directory.today());
	}

}
