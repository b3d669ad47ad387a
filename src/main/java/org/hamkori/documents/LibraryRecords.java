package org.hamkori.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.hamkori.shared.security.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The library's rows: documents with their named institutions, tags and links, and which
 * stored file is which language and version. Parameterised SQL only.
 */
@Repository
class LibraryRecords {

	static final String GCM = "gcm";

	static final String THEME = "theme";

	private static final String COLUMNS = """
			id, mechanism_id, category, title, description, visibility, created_at, created_by, updated_at,
			updated_by, version""";

	private final JdbcClient jdbc;

	LibraryRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(LibraryDocument d) {
		this.jdbc.sql("""
				insert into library_document (%s) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""".formatted(COLUMNS))
			.params(d.id(), d.mechanismId(), d.category().name(), d.title(), d.description(), d.visibility().name(),
					Timestamp.from(d.createdAt()), d.createdBy(), Timestamp.from(d.updatedAt()), d.updatedBy(),
					d.version())
			.update();
		insertParts(d);
	}

	/** Saves the new details when the row is still at the expected version. */
	boolean update(LibraryDocument d, int expectedVersion) {
		int changed = this.jdbc.sql("""
				update library_document set category = ?, title = ?, description = ?, visibility = ?, updated_at = ?,
				updated_by = ?, version = ? where id = ? and version = ?
				""")
			.params(d.category().name(), d.title(), d.description(), d.visibility().name(),
					Timestamp.from(d.updatedAt()), d.updatedBy(), d.version(), d.id(), expectedVersion)
			.update();
		if (changed == 0) {
			return false;
		}
		deleteParts(d.id());
		insertParts(d);
		return true;
	}

	Optional<LibraryDocument> find(UUID id) {
		return complete(this.jdbc.sql("select %s from library_document where id = ?".formatted(COLUMNS))
			.param(id)
			.query(this::row)
			.list()).stream().findFirst();
	}

	/** The library documents linked to a record, by title. */
	List<LibraryDocument> linkedTo(String kind, UUID recordId) {
		return complete(this.jdbc.sql("""
				select %s from library_document where id in (select library_document_id from library_link
				where record_kind = ? and record_id = ?) order by title, id
				""".formatted(COLUMNS)).params(kind, recordId).query(this::row).list());
	}

	/** Every library document of a mechanism, newest change first. */
	List<LibraryDocument> ofMechanism(UUID mechanismId) {
		return complete(this.jdbc.sql("""
				select %s from library_document where mechanism_id = ? order by updated_at desc, title, id
				""".formatted(COLUMNS)).param(mechanismId).query(this::row).list());
	}

	void delete(UUID id) {
		deleteParts(id);
		this.jdbc.sql("delete from library_document where id = ?").param(id).update();
	}

	void insertFile(UUID libraryId, UUID documentId, String language, int versionNo) {
		this.jdbc.sql(
				"insert into library_file (document_id, library_document_id, language, version_no) values (?, ?, ?, ?)")
			.params(documentId, libraryId, language, versionNo)
			.update();
	}

	int lastVersion(UUID libraryId, String language) {
		Integer last = this.jdbc
			.sql("select max(version_no) from library_file where library_document_id = ? and language = ?")
			.params(libraryId, language)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return (last != null) ? last : 0;
	}

	/** File id to its language and version, for the given library documents. */
	Map<UUID, List<FileRow>> files(Set<UUID> libraryIds) {
		Map<UUID, List<FileRow>> result = new HashMap<>();
		if (libraryIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select library_document_id, document_id, language, version_no from library_file
				where library_document_id in (:ids) order by language, version_no desc
				""").param("ids", libraryIds).query((rs) -> {
			result.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
				.add(new FileRow(rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4)));
		});
		return result;
	}

	record FileRow(UUID documentId, String language, int versionNo) {
	}

	private void insertParts(LibraryDocument d) {
		for (UUID institution : d.institutions()) {
			this.jdbc
				.sql("insert into library_document_institution (library_document_id, organisation_id) values (?, ?)")
				.params(d.id(), institution)
				.update();
		}
		for (Integer objective : d.gcm()) {
			tag(d.id(), GCM, Integer.toString(objective));
		}
		for (String theme : d.themes()) {
			tag(d.id(), THEME, theme);
		}
		for (LibraryDocument.Link link : d.links()) {
			this.jdbc.sql("insert into library_link (library_document_id, record_kind, record_id) values (?, ?, ?)")
				.params(d.id(), link.kind(), link.id())
				.update();
		}
	}

	private void tag(UUID id, String kind, String value) {
		this.jdbc.sql("insert into library_tag (library_document_id, kind, tag_value) values (?, ?, ?)")
			.params(id, kind, value)
			.update();
	}

	private void deleteParts(UUID id) {
		this.jdbc.sql("delete from library_document_institution where library_document_id = ?").param(id).update();
		this.jdbc.sql("delete from library_tag where library_document_id = ?").param(id).update();
		this.jdbc.sql("delete from library_link where library_document_id = ?").param(id).update();
	}

	private List<LibraryDocument> complete(List<LibraryDocument> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		List<UUID> ids = rows.stream().map(LibraryDocument::id).toList();
		Map<UUID, Set<UUID>> institutions = new HashMap<>();
		this.jdbc
			.sql("select library_document_id, organisation_id from library_document_institution "
					+ "where library_document_id in (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				institutions.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new java.util.HashSet<>())
					.add(rs.getObject(2, UUID.class));
			});
		Map<UUID, TreeSet<Integer>> gcm = new HashMap<>();
		Map<UUID, List<String>> themes = new HashMap<>();
		this.jdbc.sql("""
				select library_document_id, kind, tag_value from library_tag where library_document_id in (:ids)
				order by tag_value
				""").param("ids", ids).query((rs) -> {
			UUID id = rs.getObject(1, UUID.class);
			if (GCM.equals(rs.getString(2))) {
				gcm.computeIfAbsent(id, (k) -> new TreeSet<>()).add(Integer.valueOf(rs.getString(3)));
			}
			else {
				themes.computeIfAbsent(id, (k) -> new ArrayList<>()).add(rs.getString(3));
			}
		});
		Map<UUID, List<LibraryDocument.Link>> links = new HashMap<>();
		this.jdbc.sql("""
				select library_document_id, record_kind, record_id from library_link where library_document_id in (:ids)
				order by record_kind, record_id
				""").param("ids", ids).query((rs) -> {
			links.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
				.add(new LibraryDocument.Link(rs.getString(2), rs.getObject(3, UUID.class)));
		});
		return rows.stream()
			.map((d) -> new LibraryDocument(d.id(), d.mechanismId(), d.category(), d.title(), d.description(),
					List.copyOf(gcm.getOrDefault(d.id(), new TreeSet<>())), themes.get(d.id()), d.visibility(),
					institutions.get(d.id()), links.get(d.id()), d.createdAt(), d.createdBy(), d.updatedAt(),
					d.updatedBy(), d.version()))
			.toList();
	}

	private LibraryDocument row(ResultSet rs, int rowNum) throws SQLException {
		return new LibraryDocument(rs.getObject("id", UUID.class), rs.getObject("mechanism_id", UUID.class),
				LibraryCategory.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("description"),
				List.of(), List.of(), Visibility.valueOf(rs.getString("visibility")), Set.of(), List.of(),
				instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
				rs.getString("updated_by"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}
