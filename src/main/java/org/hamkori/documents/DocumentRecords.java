package org.hamkori.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.security.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The document rows and their named institutions; parameterised SQL only. */
@Repository
class DocumentRecords {

	private static final String COLUMNS = """
			id, mechanism_id, owner_kind, owner_id, visibility, file_name, media_type, size_bytes, sha256, uploaded_at,
			uploaded_by""";

	private final JdbcClient jdbc;

	DocumentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredDocument d, String storageKey, UUID uploaderId) {
		this.jdbc.sql("""
				insert into document (%s, storage_key, uploaded_by_user)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""".formatted(COLUMNS))
			.params(d.id(), d.mechanismId(), d.owner().kind(), d.owner().id(), d.visibility().name(), d.fileName(),
					d.mediaType(), d.size(), d.sha256(), Timestamp.from(d.uploadedAt()), d.uploadedBy(), storageKey,
					uploaderId)
			.update();
		for (UUID institution : d.institutions()) {
			this.jdbc.sql("insert into document_institution (document_id, organisation_id) values (?, ?)")
				.params(d.id(), institution)
				.update();
		}
	}

	Optional<StoredDocument> find(UUID id) {
		List<StoredDocument> rows = this.jdbc.sql("""
				select %s from document where id = ?
				""".formatted(COLUMNS)).param(id).query(this::row).list();
		return withInstitutions(rows).stream().findFirst();
	}

	/** The documents of these ids that exist, in one read (with their institutions). */
	List<StoredDocument> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<StoredDocument> rows = this.jdbc.sql("""
				select %s from document where id in (:ids)
				""".formatted(COLUMNS)).param("ids", Set.copyOf(ids)).query(this::row).list();
		return withInstitutions(rows);
	}

	/** Every document of the owners, oldest first. */
	List<StoredDocument> ofOwners(Collection<DocumentOwner> owners) {
		if (owners.isEmpty()) {
			return List.of();
		}
		Set<UUID> ids = new HashSet<>();
		owners.forEach((o) -> ids.add(o.id()));
		List<StoredDocument> rows = this.jdbc.sql("""
				select %s from document where owner_id in (:ids) order by uploaded_at, file_name
				""".formatted(COLUMNS)).param("ids", ids).query(this::row).list();
		return withInstitutions(rows.stream().filter((d) -> owners.contains(d.owner())).toList());
	}

	/** Every document of a mechanism, newest first. */
	List<StoredDocument> ofMechanism(UUID mechanismId) {
		List<StoredDocument> rows = this.jdbc.sql("""
				select %s from document where mechanism_id = ? order by uploaded_at desc, file_name, id
				""".formatted(COLUMNS)).param(mechanismId).query(this::row).list();
		return withInstitutions(rows);
	}

	Optional<String> storageKey(UUID id) {
		return this.jdbc.sql("select storage_key from document where id = ?").param(id).query(String.class).optional();
	}

	/**
	 * Gives every file of an owner the visibility and named institutions of the owner.
	 */
	void restrict(DocumentOwner owner, Visibility visibility, Set<UUID> institutions) {
		List<UUID> ids = this.jdbc.sql("select id from document where owner_kind = ? and owner_id = ?")
			.params(owner.kind(), owner.id())
			.query(UUID.class)
			.list();
		for (UUID id : ids) {
			this.jdbc.sql("update document set visibility = ? where id = ?").params(visibility.name(), id).update();
			this.jdbc.sql("delete from document_institution where document_id = ?").param(id).update();
			for (UUID institution : institutions) {
				this.jdbc.sql("insert into document_institution (document_id, organisation_id) values (?, ?)")
					.params(id, institution)
					.update();
			}
		}
	}

	Optional<String> previewKey(UUID id) {
		return this.jdbc.sql("select storage_key from document_preview where document_id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	void insertPreview(UUID id, String key, java.time.Instant at) {
		this.jdbc.sql("insert into document_preview (document_id, storage_key, created_at) values (?, ?, ?)")
			.params(id, key, Timestamp.from(at))
			.update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from document_preview where document_id = ?").param(id).update();
		this.jdbc.sql("delete from library_file where document_id = ?").param(id).update();
		this.jdbc.sql("delete from document_institution where document_id = ?").param(id).update();
		this.jdbc.sql("delete from document where id = ?").param(id).update();
	}

	private List<StoredDocument> withInstitutions(List<StoredDocument> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, Set<UUID>> named = new HashMap<>();
		this.jdbc.sql("select document_id, organisation_id from document_institution where document_id in (:ids)")
			.param("ids", rows.stream().map(StoredDocument::id).toList())
			.query((rs) -> {
				named.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new HashSet<>())
					.add(rs.getObject(2, UUID.class));
			});
		List<StoredDocument> result = new ArrayList<>(rows.size());
		for (StoredDocument d : rows) {
			result.add(new StoredDocument(d.id(), d.mechanismId(), d.owner(), d.visibility(),
					named.getOrDefault(d.id(), Set.of()), d.fileName(), d.mediaType(), d.size(), d.sha256(),
					d.uploadedAt(), d.uploadedBy()));
		}
		return result;
	}

	private StoredDocument row(ResultSet rs, int rowNum) throws SQLException {
		return new StoredDocument(rs.getObject("id", UUID.class), rs.getObject("mechanism_id", UUID.class),
				new DocumentOwner(rs.getString("owner_kind"), rs.getObject("owner_id", UUID.class)),
				Visibility.valueOf(rs.getString("visibility")), Set.of(), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
	}

}
