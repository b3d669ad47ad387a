package org.hamkori.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model behind a mechanism's member page, its exports and the people API: who
 * sits in it, grouped by institution, with contact details only where the viewer may see
 * them.
 */
@Service
@Transactional(readOnly = true)
public class MemberList {

	private final JdbcClient jdbc;

	private final Directory directory;

	MemberList(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * One seat, as a reader sees it; e-mail and phone are {@code null} when hidden from
	 * this viewer.
	 */
	public record Member(UUID membershipId, UUID organisationId, LocalizedText organisationName, String acronym,
			OrganisationType organisationType, UUID personId, String fullName, String position, String email,
			String phone, String sex, MembershipRole role, LocalDate validFrom, LocalDate validTo, String endReason,
			int version, boolean contactsVisible, Instant personUpdatedAt) {

		public boolean isFocalPoint() {
			return this.role == MembershipRole.FOCAL_POINT;
		}

		public boolean isCurrent(LocalDate today) {
			return this.validTo == null || !this.validTo.isBefore(today);
		}

	}

	/** An institution and the people who represent it in the mechanism. */
	public record Institution(UUID organisationId, LocalizedText name, String acronym, OrganisationType type,
			List<Member> members) {

		public List<Member> focalPoints() {
			return this.members.stream().filter(Member::isFocalPoint).toList();
		}

	}

	/** Filters a reader may apply; all optional. */
	public record Filter(String query, MembershipRole role, OrganisationType type, boolean includeEnded) {

		public static Filter none() {
			return new Filter(null, null, null, false);
		}

	}

	public List<Member> members(Viewer viewer, Mechanism mechanism, Filter filter) {
		LocalDate today = this.directory.today();
		StringBuilder sql = new StringBuilder("""
				select m.id as membership_id, m.role, m.valid_from, m.valid_to, m.end_reason, m.version,
				       o.id as organisation_id, o.name as organisation_name, o.acronym, o.type,
				       p.id as person_id, p.full_name, p.position, p.email, p.phone, p.sex, p.updated_at
				from membership m
				join organisation o on o.id = m.organisation_id
				join person p on p.id = m.person_id
				where m.mechanism_id = :mechanism
				""");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("mechanism", mechanism.id());
		if (!filter.includeEnded()) {
			sql.append(" and (m.valid_to is null or m.valid_to >= :today) and m.valid_from <= :today");
			params.put("today", today);
		}
		if (filter.query() != null && !filter.query().isBlank()) {
			sql.append(" and (lower(p.full_name) like :q or lower(o.name) like :q or lower(o.acronym) like :q"
					+ " or lower(p.position) like :q)");
			params.put("q", "%" + escapeLike(filter.query().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.role() != null) {
			sql.append(" and m.role = :role");
			params.put("role", filter.role().name());
		}
		if (filter.type() != null) {
			sql.append(" and o.type = :type");
			params.put("type", filter.type().name());
		}
		sql.append(" order by p.full_name");
		List<Row> rows = this.jdbc.sql(sql.toString()).params(params).query(this::row).list();
		Set<UUID> visible = visibleContacts(viewer, mechanism,
				rows.stream().map(Row::personId).collect(java.util.stream.Collectors.toSet()));
		return rows.stream().map((r) -> r.toMember(visible.contains(r.personId()))).toList();
	}

	/**
	 * Members grouped by institution: the chair's institution first, then by role, then
	 * by name.
	 */
	public List<Institution> institutions(List<Member> members, Locale locale) {
		Map<UUID, List<Member>> byOrganisation = new LinkedHashMap<>();
		members.forEach((m) -> byOrganisation.computeIfAbsent(m.organisationId(), (k) -> new ArrayList<>()).add(m));
		return byOrganisation.values().stream().map((list) -> {
			list.sort(Comparator.comparing(Member::role).thenComparing(Member::fullName));
			Member first = list.get(0);
			return new Institution(first.organisationId(), first.organisationName(), first.acronym(),
					first.organisationType(), List.copyOf(list));
		})
			.sorted(Comparator.comparing((Institution i) -> i.members().get(0).role())
				.thenComparing((Institution i) -> i.name().in(locale)))
			.toList();
	}

	/**
	 * The people among {@code personIds} whose contact details this viewer may see: all
	 * of them for admins, the regional secretariat and members of this mechanism;
	 * otherwise those who share another current mechanism with the viewer.
	 */
	Set<UUID> visibleContacts(Viewer viewer, Mechanism mechanism, Collection<UUID> personIds) {
		if (personIds.isEmpty() || !viewer.isAuthenticated()) {
			return Set.of();
		}
		if (viewer.admin() || viewer.isRegionalSecretariat() || viewer.isMemberOf(mechanism.id())) {
			return new HashSet<>(personIds);
		}
		if (viewer.mechanismIds().isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("""
				select distinct person_id from membership
				where person_id in (:people) and mechanism_id in (:mine)
				  and valid_from <= :today and (valid_to is null or valid_to >= :today)
				""")
			.param("people", personIds)
			.param("mine", viewer.mechanismIds())
			.param("today", this.directory.today())
			.query(UUID.class)
			.list());
	}

	private Row row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
		return new Row(rs.getObject("membership_id", UUID.class), rs.getObject("organisation_id", UUID.class),
				LocalizedTextColumns.parse(rs.getString("organisation_name")), rs.getString("acronym"),
				OrganisationType.valueOf(rs.getString("type")), rs.getObject("person_id", UUID.class),
				rs.getString("full_name"), rs.getString("position"), rs.getString("email"), rs.getString("phone"),
				rs.getString("sex"), MembershipRole.valueOf(rs.getString("role")),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getString("end_reason"), rs.getInt("version"), timestamp(rs.getTimestamp("updated_at")));
	}

	private static Instant timestamp(java.sql.Timestamp value) {
		return (value != null) ? value.toInstant() : null;
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private record Row(UUID membershipId, UUID organisationId, LocalizedText organisationName, String acronym,
			OrganisationType type, UUID personId, String fullName, String position, String email, String phone,
			String sex, MembershipRole role, LocalDate validFrom, LocalDate validTo, String endReason, int version,
			Instant personUpdatedAt) {

		Member toMember(boolean contacts) {
			return new Member(this.membershipId, this.organisationId, this.organisationName, this.acronym, this.type,
					this.personId, this.fullName, this.position, contacts ? this.email : null,
					contacts ? this.phone : null, this.sex, this.role, this.validFrom, this.validTo, this.endReason,
					this.version, contacts, this.personUpdatedAt);
		}

	}

}
