package org.hamkori.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.formats.RowReader;
import org.hamkori.formats.SourceRow;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds data sets and obligations for tests, with unique codes, and viewers of the demo
 * accounts as the application resolves them.
 */
public final class StatisticsTestSupport {

	public static final UUID TJ = UUID.fromString("00000000-0000-4000-8000-000000000103");

	public static final UUID KZ = UUID.fromString("00000000-0000-4000-8000-000000000101");

	private final JdbcClient jdbc;

	private final Directory directory;

	private final DataSets dataSets;

	public StatisticsTestSupport(JdbcClient jdbc, Directory directory, DataSets dataSets) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.dataSets = dataSets;
	}

	public Viewer viewer(String username) {
		Map<String, Object> user = this.jdbc.sql("select id, person_id, admin from app_user where username = ?")
			.param(username)
			.query()
			.singleRow();
		UUID personId = (UUID) user.get("person_id");
		return new Viewer((UUID) user.get("id"), username, personId, (Boolean) user.get("admin"),
				(personId != null) ? this.directory.seatsOf(personId) : List.of());
	}

	public UUID organisation(String acronym, String country) {
		return this.jdbc.sql("select id from organisation where acronym = ? and country_code = ?")
			.params(acronym, country)
			.query(UUID.class)
			.single();
	}

	public static String uniqueCode(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/**
	 * A quarterly remittances-and-departures set of CCM-TJ, reported by the National Bank
	 * from 2023-Q1.
	 */
	public Obligation remittances(Visibility visibility) {
		Viewer secretariat = viewer("secretariat.tj");
		DataSet set = this.dataSets.create(TJ, uniqueCode("REM"), LocalizedText.of("en", "Remittances"),
				Periodicity.QUARTERLY, visibility,
				List.of(new DataSet.Item("REMITTANCES", List.of("COUNTERPART_AREA"), true, null, null,
						new BigDecimal("50"), new BigDecimal("0.5")),
						new DataSet.Item("DEPARTURES", List.of("COUNTERPART_AREA", "SEX"), false, null,
								new BigDecimal("10000000"), null, BigDecimal.ONE)),
				secretariat);
		return this.dataSets.addObligation(set.id(), organisation("NBT", "TJ"), 30, Period.of("2023-Q1"), secretariat);
	}

	public static SourceRow row(long line, String indicator, String period, String value, String... dims) {
		Map<String, String> d = new java.util.LinkedHashMap<>();
		for (int i = 0; i + 1 < dims.length; i += 2) {
			d.put(dims[i], dims[i + 1]);
		}
		return SourceRow.of(line, indicator, period, d, value, null);
	}

	public static RowReader reader(List<SourceRow> rows) {
		Iterator<SourceRow> it = new ArrayList<>(rows).iterator();
		return () -> it.hasNext() ? it.next() : null;
	}

}
