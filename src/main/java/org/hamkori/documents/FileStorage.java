package org.hamkori.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of documents live, by a key the application chose (a random UUID, never
 * a user's file name). {@code hamkori.files.store} picks the implementation: a directory
 * under the data folder ({@code directory}, the default) or a table ({@code database})
 * for several nodes without a shared disk; an S3-compatible store can be added behind the
 * same three methods.
 * <p>
 * Every implementation takes part in the surrounding transaction, so that a document's
 * row and its bytes are kept or lost together: a {@code put} is undone when the
 * transaction rolls back, and a {@code delete} happens only once it commits.
 */
public interface FileStorage {

	/** Stores the content under a new key; nothing is visible under it until complete. */
	void put(String key, InputStream content, long size) throws IOException;

	/** The content stored under the key; the caller closes the stream. */
	InputStream get(String key) throws IOException;

	/** Removes the content under the key, if there is any. */
	void delete(String key) throws IOException;

}
