package org.hamkori.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files in a directory ({@code ${hamkori.data-dir}/files} by default), one per key,
 * spread over sub-directories by the key's first two characters. A file is written under
 * a temporary name in the same file system and then moved into place atomically, so a
 * reader or a crash never sees half a file. Within a transaction, a new file is removed
 * again on rollback and a deletion waits for the commit.
 */
class DirectoryFileStorage implements FileStorage {

	private final Path root;

	private final Path incoming;

	DirectoryFileStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
		this.incoming = this.root.resolve(".incoming");
		try {
			Files.createDirectories(this.incoming);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the file storage directory " + this.incoming, ex);
		}
	}

	@Override
	public void put(String key, InputStream content, long size) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path part = Files.createTempFile(this.incoming, key, ".part");
		try {
			Files.copy(content, part, StandardCopyOption.REPLACE_EXISTING);
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(part);
		}
		afterRollback(() -> Files.deleteIfExists(target));
	}

	@Override
	public InputStream get(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Path target = path(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					quietly(() -> Files.deleteIfExists(target));
				}
			});
		}
		else {
			Files.deleteIfExists(target);
		}
	}

	/** Where a key's file lives; keys are UUIDs, so no key can point outside the root. */
	Path path(String key) {
		String checked = UUID.fromString(key).toString();
		if (!checked.equals(key)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return this.root.resolve(key.substring(0, 2)).resolve(key);
	}

	private static void afterRollback(IoAction action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						quietly(action);
					}
				}
			});
		}
	}

	private static void quietly(IoAction action) {
		try {
			action.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface IoAction {

		void run() throws IOException;

	}

}
