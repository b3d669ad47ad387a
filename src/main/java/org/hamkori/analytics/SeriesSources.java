package org.hamkori.analytics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Organisation;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the source of each series a table shows: the data set (code and name) and the
 * reporting institution of a national series, or the international source of a reference
 * series with its address and retrieval date.
 */
@Component
class SeriesSources {

	private record SetRow(String code, LocalizedText name, boolean reference, String source, String url,
			LocalDate retrieved) {
	}

	private final JdbcClient jdbc;

	private final Directory directory;

	SeriesSources(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** The source of each series, as reported (no conversion). */
	Map<SeriesKey, DataTable.Source> describe(Collection<SeriesKey> keys) {
		Map<SeriesKey, DataTable.Source> described = new HashMap<>();
		if (keys.isEmpty()) {
			return described;
		}
		Set<UUID> setIds = keys.stream().map(SeriesKey::dataSetId).collect(Collectors.toSet());
		Map<UUID, SetRow> sets = new HashMap<>();
		this.jdbc.sql("""
				select id, code, name, kind, source_name, source_url, source_retrieved from data_set
				where id in (:ids)""")
			.param("ids", List.copyOf(setIds))
			.query((RowCallbackHandler) (rs) -> sets.put(rs.getObject(1, UUID.class),
					new SetRow(rs.getString(2), LocalizedTextColumns.parse(rs.getString(3)),
							"REFERENCE".equals(rs.getString(4)), rs.getString(5), rs.getString(6),
							rs.getObject(7, LocalDate.class))));
		Set<UUID> obligationIds = keys.stream()
			.map(SeriesKey::obligationId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, UUID> organisationOf = new HashMap<>();
		if (!obligationIds.isEmpty()) {
			this.jdbc.sql("select id, organisation_id from reporting_obligation where id in (:ids)")
				.param("ids", List.copyOf(obligationIds))
				.query((RowCallbackHandler) (rs) -> organisationOf.put(rs.getObject(1, UUID.class),
						rs.getObject(2, UUID.class)));
		}
		Map<UUID, Organisation> organisations = this.directory.organisationsById();
		for (SeriesKey key : keys) {
			SetRow set = sets.get(key.dataSetId());
			if (set == null) {
				continue;
			}
			LocalizedText name;
			if (key.isReference()) {
				name = LocalizedText.of("en", (set.source() != null) ? set.source() : set.code());
			}
			else {
				Organisation organisation = organisations.get(organisationOf.get(key.obligationId()));
				name = (organisation != null) ? organisation.name() : LocalizedText.of("en", set.code());
			}
			described.put(key, new DataTable.Source(set.code(), set.name(), name, key.isReference() ? set.url() : null,
					key.isReference() ? set.retrieved() : null, key.isReference(), key.frequency(), null));
		}
		return described;
	}

	/** The English name of a source, for files read by machines. */
	static String english(DataTable.Source source) {
		return source.name().in(Locale.ENGLISH);
	}

}
