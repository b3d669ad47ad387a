package org.hamkori.documents;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files in the {@code document_content} table ({@code bytea}), for several nodes on one
 * PostgreSQL without a shared disk. Writes and deletions are part of the surrounding
 * transaction like any other row. A file is read whole into memory, as the PostgreSQL
 * driver does for {@code bytea} anyway; the upload cap keeps that small.
 */
class DatabaseFileStorage implements FileStorage {

	private final JdbcClient jdbc;

	private final Clock clock;

	DatabaseFileStorage(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void put(String key, InputStream content, long size) throws IOException {
		byte[] bytes = content.readAllBytes();
		this.jdbc.sql("insert into document_content (storage_key, content, stored_at) values (?, ?, ?)")
			.params(key, bytes, java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	@Override
	public InputStream get(String key) throws IOException {
		byte[] bytes = this.jdbc.sql("select content from document_content where storage_key = ?")
			.param(key)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new FileNotFoundException(key));
		return new ByteArrayInputStream(bytes);
	}

	@Override
	public void delete(String key) {
		this.jdbc.sql("delete from document_content where storage_key = ?").param(key).update();
	}

}
