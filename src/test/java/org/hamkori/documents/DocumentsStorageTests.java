package org.hamkori.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamkori.documents.DocumentsUploadTests.sha256;

/**
 * Both stores give back exactly what they were given, and follow the transaction: what a
 * rolled-back transaction stored is gone, and what it deleted is still there.
 */
@HamkoriWebTest
class DocumentsStorageTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path folder;

	@Test
	void theDirectoryStoreRoundTripsBytes() throws Exception {
		roundTrip(new DirectoryFileStorage(this.folder));
	}

	@Test
	void theDatabaseStoreRoundTripsBytes() throws Exception {
		roundTrip(new DatabaseFileStorage(this.jdbc, TestClock.clock()));
	}

	@Test
	void theDirectoryStoreFollowsTheTransaction() throws IOException {
		rollbackUndoesPutAndDelete(new DirectoryFileStorage(this.folder));
	}

	@Test
	void theDatabaseStoreFollowsTheTransaction() throws IOException {
		rollbackUndoesPutAndDelete(new DatabaseFileStorage(this.jdbc, TestClock.clock()));
	}

	@Test
	void keysThatAreNotUuidsCannotReachOutsideTheDirectory() {
		DirectoryFileStorage storage = new DirectoryFileStorage(this.folder);
		assertThatThrownBy(() -> storage.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	private void roundTrip(FileStorage storage) throws Exception {
		byte[] content = SampleFiles.pptx();
		String key = UUID.randomUUID().toString();
		storage.put(key, new ByteArrayInputStream(content), content.length);
		try (InputStream in = storage.get(key)) {
			assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(content));
		}
		storage.delete(key);
		assertThatThrownBy(() -> storage.get(key).close()).isInstanceOf(IOException.class);
	}

	private void rollbackUndoesPutAndDelete(FileStorage storage) throws IOException {
		byte[] content = SampleFiles.png();
		String kept = UUID.randomUUID().toString();
		storage.put(kept, new ByteArrayInputStream(content), content.length);
		String undone = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((status) -> {
			try {
				storage.put(undone, new ByteArrayInputStream(content), content.length);
				storage.delete(kept);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			status.setRollbackOnly();
		});
		assertThatThrownBy(() -> storage.get(undone).close()).isInstanceOf(IOException.class);
		try (InputStream in = storage.get(kept)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		if (storage instanceof DirectoryFileStorage directory) {
			try (var files = Files.walk(this.folder)) {
				assertThat(files.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString))
					.containsExactly(kept);
			}
			assertThat(directory.path(kept)).exists();
		}
	}

}
