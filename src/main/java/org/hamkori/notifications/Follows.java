package org.hamkori.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.notifications.FollowedRecords.Type;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following records: a person follows what they may see, and a mechanism's secretariat
 * can make a whole institution seated in it follow one of its records, so that each of
 * the institution's current members is told. Every check goes through
 * {@link FollowedRecords}: a record the viewer may not see is not found (404).
 */
@Service
public class Follows {

	/**
	 * The page's view of one record: whether the viewer follows it, and who else does.
	 */
	public record State(Type type, Inbox.About record, boolean following, boolean canManage,
			List<Organisation> institutions, List<Organisation> candidates) {
	}

	/** Who follows a record: users, and institutions. */
	record Followers(Set<UUID> users, Set<UUID> organisations) {
	}

	private final JdbcClient jdbc;

	private final FollowedRecords records;

	private final Directory directory;

	private final Clock clock;

	Follows(JdbcClient jdbc, FollowedRecords records, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.directory = directory;
		this.clock = clock;
	}

	/** The record's follow state for the viewer; 404 when they may not see it. */
	@Transactional(readOnly = true)
	public State state(Viewer viewer, String typeCode, UUID id) {
		Type type = Type.of(typeCode).orElseThrow(NotFoundException::new);
		Inbox.About record = visible(viewer, type, id);
		boolean following = viewer.userId() != null
				&& this.jdbc.sql("select count(*) from follow where record_type = ? and record_id = ? and user_id = ?")
					.params(type.code(), id, viewer.userId())
					.query(Long.class)
					.single() > 0;
		boolean manage = canManage(viewer, record);
		Comparator<Organisation> byName = Comparator.comparing((o) -> o.name().in(java.util.Locale.ROOT));
		List<Organisation> institutions = followers(type, id).organisations()
			.stream()
			.map(this.directory::organisation)
			.flatMap(java.util.Optional::stream)
			.sorted(byName)
			.toList();
		List<Organisation> candidates = manage ? seatedIn(record.mechanismId()).stream()
			.filter((o) -> !institutions.contains(o))
			.sorted(byName)
			.toList() : List.of();
		return new State(type, record, following, manage, institutions, candidates);
	}

	@Transactional
	public State follow(Viewer viewer, String typeCode, UUID id) {
		Type type = Type.of(typeCode).orElseThrow(NotFoundException::new);
		visible(viewer, type, id);
		if (viewer.userId() == null) {
			throw new ForbiddenException();
		}
		this.jdbc.sql("""
				insert into follow (id, record_type, record_id, user_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), type.code(), id, viewer.userId(), viewer.actor(),
					Timestamp.from(this.clock.instant()))
			.update();
		return state(viewer, typeCode, id);
	}

	@Transactional
	public State unfollow(Viewer viewer, String typeCode, UUID id) {
		Type type = Type.of(typeCode).orElseThrow(NotFoundException::new);
		visible(viewer, type, id);
		this.jdbc.sql("delete from follow where record_type = ? and record_id = ? and user_id = ?")
			.params(type.code(), id, viewer.userId())
			.update();
		return state(viewer, typeCode, id);
	}

	/**
	 * Makes an institution seated in the record's mechanism follow it; only that
	 * mechanism's secretariat (or an admin) may.
	 */
	@Transactional
	public State followAsInstitution(Viewer viewer, String typeCode, UUID id, UUID organisationId) {
		Type type = Type.of(typeCode).orElseThrow(NotFoundException::new);
		Inbox.About record = visible(viewer, type, id);
		if (!canManage(viewer, record)) {
			throw new ForbiddenException();
		}
		boolean seated = seatedIn(record.mechanismId()).stream().anyMatch((o) -> o.id().equals(organisationId));
		if (!seated) {
			throw new NotFoundException();
		}
		this.jdbc.sql("""
				insert into follow (id, record_type, record_id, organisation_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), type.code(), id, organisationId, viewer.actor(),
					Timestamp.from(this.clock.instant()))
			.update();
		return state(viewer, typeCode, id);
	}

	@Transactional
	public State stopInstitution(Viewer viewer, String typeCode, UUID id, UUID organisationId) {
		Type type = Type.of(typeCode).orElseThrow(NotFoundException::new);
		Inbox.About record = visible(viewer, type, id);
		if (!canManage(viewer, record)) {
			throw new ForbiddenException();
		}
		this.jdbc.sql("delete from follow where record_type = ? and record_id = ? and organisation_id = ?")
			.params(type.code(), id, organisationId)
			.update();
		return state(viewer, typeCode, id);
	}

	/** Everyone who follows the record, whatever they may see now. */
	@Transactional(readOnly = true)
	Followers followers(Type type, UUID id) {
		Set<UUID> users = new LinkedHashSet<>();
		Set<UUID> organisations = new LinkedHashSet<>();
		this.jdbc.sql("select user_id, organisation_id from follow where record_type = ? and record_id = ?")
			.params(type.code(), id)
			.query((rs, n) -> {
				UUID user = rs.getObject(1, UUID.class);
				UUID organisation = rs.getObject(2, UUID.class);
				if (user != null) {
					users.add(user);
				}
				if (organisation != null) {
					organisations.add(organisation);
				}
				return n;
			})
			.list();
		return new Followers(users, organisations);
	}

	/** The people currently seated for an institution, in any mechanism. */
	Set<UUID> currentMembers(UUID organisationId) {
		var today = this.directory.today();
		Set<UUID> people = new LinkedHashSet<>();
		for (Membership seat : this.directory.membershipsOfOrganisation(organisationId)) {
			if (seat.isActiveOn(today)) {
				people.add(seat.personId());
			}
		}
		return people;
	}

	private Inbox.About visible(Viewer viewer, Type type, UUID id) {
		return this.records.seen(viewer, type, id).orElseThrow(NotFoundException::new);
	}

	private static boolean canManage(Viewer viewer, Inbox.About record) {
		return record.mechanismId() != null && viewer.canManage(record.mechanismId());
	}

	private List<Organisation> seatedIn(UUID mechanismId) {
		if (mechanismId == null) {
			return List.of();
		}
		var today = this.directory.today();
		return this.directory.membershipsOfMechanism(mechanismId)
			.stream()
			.filter((m) -> m.isActiveOn(today))
			.map(Membership::organisationId)
			.distinct()
			.map(this.directory::organisation)
			.flatMap(java.util.Optional::stream)
			.toList();
	}

}
