package org.hamkori.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A number that rises with every change to organisations, people or memberships. Anything
 * derived from the directory (such as a rendered member list) stays valid exactly as long
 * as this number stays the same, on any node, because the number lives in the database.
 */
@Component
public class DirectoryRevision {

	private final JdbcClient jdbc;

	DirectoryRevision(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return this.jdbc.sql("select revision from directory_revision where id = 1").query(Long.class).single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void bump() {
		this.jdbc.sql("update directory_revision set revision = revision + 1 where id = 1").update();
	}

}
