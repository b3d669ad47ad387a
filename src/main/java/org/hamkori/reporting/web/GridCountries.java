package org.hamkori.reporting.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.Submission;
import org.hamkori.reporting.Submissions;

/**
 * Which countries an entry grid and its XLSX template offer (decision 0025): the
 * catalogue's usual counterpart countries, those this report and the previous period's
 * already hold, and those the reporter added; never the reporting country itself, which
 * is no counterpart of its own figures. The rest of ISO 3166-1 is one pick away, so a
 * grid never grows to 249 rows per indicator.
 */
public final class GridCountries {

	static final String DIMENSION = "COUNTERPART_AREA";

	private final Map<String, IndicatorCatalogue.Dimension> all;

	private final String ownCountry;

	private final Set<String> shown = new TreeSet<>();

	private GridCountries(Map<String, IndicatorCatalogue.Dimension> all, String ownCountry) {
		this.all = all;
		this.ownCountry = ownCountry;
	}

	/**
	 * The countries of a report: used in it or in the previous period, plus added ones.
	 */
	static GridCountries of(Map<String, IndicatorCatalogue.Dimension> all, Mechanism mechanism, Directory directory,
			Submissions submissions, java.util.UUID obligationId, Period period, String added) {
		String own = null;
		if (mechanism.countryCode() != null && directory.countries().get(mechanism.countryCode()) != null) {
			own = directory.countries().get(mechanism.countryCode()).alpha3();
		}
		GridCountries countries = new GridCountries(all, own);
		for (Period p : java.util.stream.Stream.concat(java.util.stream.Stream.of(period), period.before().stream())
			.toList()) {
			submissions.current(obligationId, p)
				.map(Submission::id)
				.ifPresent((id) -> countries.used(submissions.values(id)));
		}
		countries.add(added);
		return countries;
	}

	private void used(List<Submissions.Value> values) {
		int column = Dimensions.CODES.indexOf(DIMENSION);
		for (Submissions.Value v : values) {
			this.shown.add(v.codes().get(column));
		}
	}

	/**
	 * Adds countries written as codes separated by commas or spaces; unknown ones are
	 * left out.
	 */
	void add(String codes) {
		if (codes == null) {
			return;
		}
		IndicatorCatalogue.Dimension areas = this.all.get(DIMENSION);
		Arrays.stream(codes.split("[,\\s]+"))
			.map((c) -> c.strip().toUpperCase(Locale.ROOT))
			.filter((c) -> areas != null && areas.code(c).isPresent())
			.forEach(this.shown::add);
	}

	/** The dimensions with the counterpart list cut to what the grid offers. */
	Map<String, IndicatorCatalogue.Dimension> dimensions() {
		IndicatorCatalogue.Dimension areas = this.all.get(DIMENSION);
		if (areas == null) {
			return this.all;
		}
		List<IndicatorCatalogue.Code> offered = new ArrayList<>();
		for (IndicatorCatalogue.Code c : areas.codes()) {
			if (c.featured() && !excluded(c.code())) {
				offered.add(c);
			}
		}
		for (IndicatorCatalogue.Code c : areas.codes()) {
			if (!c.featured() && this.shown.contains(c.code()) && !excluded(c.code())) {
				offered.add(c);
			}
		}
		Map<String, IndicatorCatalogue.Dimension> cut = new LinkedHashMap<>(this.all);
		cut.put(DIMENSION, new IndicatorCatalogue.Dimension(areas.code(), areas.name(), areas.standard(), offered));
		return cut;
	}

	/** The reporting country, unless a stored figure already names it. */
	private boolean excluded(String code) {
		return code.equals(this.ownCountry) && !this.shown.contains(code);
	}

	/** The codes beyond the usual ones, for the form to send back (comma-separated). */
	public String extra() {
		IndicatorCatalogue.Dimension areas = this.all.get(DIMENSION);
		if (areas == null) {
			return "";
		}
		return String.join(",",
				dimensions().get(DIMENSION)
					.codes()
					.stream()
					.filter((c) -> !c.featured())
					.map(IndicatorCatalogue.Code::code)
					.toList());
	}

	/** The countries one may still add, by name in the reader's language. */
	public List<IndicatorCatalogue.Code> addable(Locale locale) {
		IndicatorCatalogue.Dimension areas = this.all.get(DIMENSION);
		if (areas == null) {
			return List.of();
		}
		Set<String> offered = new TreeSet<>();
		dimensions().get(DIMENSION).codes().forEach((c) -> offered.add(c.code()));
		Collator collator = Collator.getInstance(locale);
		return areas.codes()
			.stream()
			.filter((c) -> !offered.contains(c.code()) && !c.code().equals(this.ownCountry)
					&& !c.code().equals(Dimensions.TOTAL))
			.sorted(Comparator.comparing((IndicatorCatalogue.Code c) -> c.name().in(locale), collator))
			.toList();
	}

}
