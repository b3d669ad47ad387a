package org.hamkori.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hamkori.directory.Country;
import org.hamkori.directory.Directory;
import org.hamkori.formats.ColumnMapping;
import org.hamkori.formats.CsvPreview;
import org.hamkori.indicators.CodeLists;

import org.springframework.stereotype.Component;

/**
 * Country columns of a file before it is checked: a column the mapping takes as the
 * partner country (COUNTERPART_AREA) whose first rows all give the reporting country
 * itself ("Tajikistan", "TJK", "TJ" in a Tajik data set) is most likely the reporting
 * country, and saving it as a partner would file the country's own figures as a breakdown
 * of itself. The page shows such a guess as what it is before the check.
 */
@Component
public class CountryColumns {

	private final Directory directory;

	private final CodeLists codeLists;

	CountryColumns(Directory directory, CodeLists codeLists) {
		this.directory = directory;
		this.codeLists = codeLists;
	}

	/** The reporting country of a data set's mechanism, or empty at the regional one. */
	public Optional<Country> reportingCountry(DataSet set) {
		return this.directory.mechanism(set.mechanismId())
			.map((m) -> m.countryCode())
			.map((code) -> this.directory.countries().get(code));
	}

	/**
	 * The headers mapped as the partner country whose shown values all name the reporting
	 * country (blank cells aside; a column with no value at all is not one).
	 */
	public List<String> reportingCountryAsCounterpart(DataSet set, CsvPreview preview, ColumnMapping mapping) {
		Optional<Country> country = reportingCountry(set);
		if (country.isEmpty()) {
			return List.of();
		}
		String own = country.get().alpha3();
		CodeLists.Snapshot codes = this.codeLists.snapshot();
		List<String> found = new ArrayList<>();
		List<String> headers = preview.headers();
		for (Map.Entry<String, String> role : mapping.roles().entrySet()) {
			if (!"COUNTERPART_AREA".equals(role.getValue())) {
				continue;
			}
			int column = headers.indexOf(role.getKey());
			if (column < 0) {
				continue;
			}
			boolean any = false;
			boolean allOwn = true;
			for (List<String> row : preview.rows()) {
				String cell = (column < row.size()) ? row.get(column).strip() : "";
				if (cell.isEmpty()) {
					continue;
				}
				any = true;
				if (!own.equals(codes.resolve("COUNTERPART_AREA", cell))) {
					allOwn = false;
					break;
				}
			}
			if (any && allOwn) {
				found.add(role.getKey());
			}
		}
		return found;
	}

}
