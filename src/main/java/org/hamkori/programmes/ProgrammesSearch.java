package org.hamkori.programmes;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.search.SearchEntry;
import org.hamkori.shared.search.SqlSearchKinds;
import org.hamkori.shared.search.SqlSearchSource;
import org.hamkori.shared.search.SqlSearchKinds.Kind;
import org.hamkori.shared.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Programmes and partnership agreements for the one search, seen as their pages are
 * ({@link ProgrammeRegister#canSee}, {@link PartnershipAgreements#canSee}).
 */
@Component
class ProgrammesSearch extends SqlSearchSource {

	private static final String PROGRAMME = "programme";

	private static final String AGREEMENT = "agreement";

	private final SqlSearchKinds kinds;

	private final ProgrammeRepository programmes;

	private final AgreementRepository agreements;

	private final ProgrammeRegister register;

	private final PartnershipAgreements partnerships;

	ProgrammesSearch(JdbcClient jdbc, ProgrammeRepository programmes, AgreementRepository agreements,
			ProgrammeRegister register, PartnershipAgreements partnerships) {
		this.programmes = programmes;
		this.agreements = agreements;
		this.register = register;
		this.partnerships = partnerships;
		this.kinds = new SqlSearchKinds(jdbc, new Kind(PROGRAMME, """
				select x.id, x.mechanism_id, x.title, x.description, x.regions, x.contact_name, x.start_date,
				  x.visibility
				from programme x""", List.of("x.id"),
				(rs, n) -> new SearchEntry(PROGRAMME, rs.getObject("id", UUID.class),
						rs.getObject("mechanism_id", UUID.class), LocalizedTextColumns.parse(rs.getString("title")),
						SqlSearchKinds.words(rs.getString("description"), rs.getString("regions"),
								rs.getString("contact_name")),
						"/programmes/" + rs.getString("id"), rs.getObject("start_date", java.time.LocalDate.class),
						SqlSearchKinds.audience(rs.getString("visibility")))),
				new Kind(AGREEMENT, """
						select x.id, x.mechanism_id, x.title, x.note, x.status_changed_on, x.visibility
						from agreement x""", List.of("x.id"),
						(rs, n) -> new SearchEntry(AGREEMENT, rs.getObject("id", UUID.class),
								rs.getObject("mechanism_id", UUID.class),
								LocalizedTextColumns.parse(rs.getString("title")),
								SqlSearchKinds.words(rs.getString("note")), "/agreements/" + rs.getString("id"),
								rs.getObject("status_changed_on", java.time.LocalDate.class),
								SqlSearchKinds.audience(rs.getString("visibility")))));
	}

	@Override
	protected SqlSearchKinds kinds() {
		return this.kinds;
	}

	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		return switch (type) {
			case PROGRAMME -> this.programmes.findAllById(ids)
				.stream()
				.filter((p) -> this.register.canSee(viewer, p))
				.map(Programme::id)
				.collect(Collectors.toSet());
			case AGREEMENT -> this.agreements.findAllById(ids)
				.stream()
				.filter((a) -> this.partnerships.canSee(viewer, a))
				.map(Agreement::id)
				.collect(Collectors.toSet());
			default -> Set.of();
		};
	}

}
