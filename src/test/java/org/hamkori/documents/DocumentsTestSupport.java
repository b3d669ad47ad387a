package org.hamkori.documents;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Seats and uploads the documents tests share. */
final class DocumentsTestSupport {

	static final UUID CCM_TJ = UUID.fromString("00000000-0000-4000-8000-000000000103");

	private DocumentsTestSupport() {
	}

	/** The secretariat of CCM-TJ as the meetings module would pass it in. */
	static Viewer secretariatTj() {
		return new Viewer(UUID.randomUUID(), "secretariat.tj", null, false,
				List.of(new Viewer.Seat(CCM_TJ, "CCM-TJ", false, MembershipRole.SECRETARIAT)));
	}

	static DocumentOwner newMeeting() {
		return new DocumentOwner("meeting", UUID.randomUUID());
	}

	static StoredDocument upload(Documents documents, DocumentOwner owner, Visibility visibility,
			Set<UUID> institutions, String name, byte[] content) {
		return documents.upload(owner, CCM_TJ, visibility, institutions, name, content.length,
				new ByteArrayInputStream(content), secretariatTj());
	}

	/** The institution a demo account sits for in CCM-TJ. */
	static UUID institutionOf(JdbcClient jdbc, String username) {
		return jdbc
			.sql("select m.organisation_id from membership m join app_user u on u.person_id = m.person_id "
					+ "where u.username = ? and m.mechanism_id = ?")
			.params(username, CCM_TJ)
			.query(UUID.class)
			.list()
			.get(0);
	}

}
