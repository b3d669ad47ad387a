package org.hamkori.documents;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Picks the file storage: {@code hamkori.files.store=directory} (the default, under
 * {@code hamkori.files.directory}) or {@code database}.
 */
@Configuration(proxyBeanMethods = false)
class FileStorageConfiguration {

	@Bean
	FileStorage fileStorage(@Value("${hamkori.files.store:directory}") String store,
			@Value("${hamkori.files.directory:${hamkori.data-dir}/files}") Path directory, JdbcClient jdbc,
			Clock clock) {
		return switch (store) {
			case "directory" -> new DirectoryFileStorage(directory);
			case "database" -> new DatabaseFileStorage(jdbc, clock);
			default -> throw new IllegalStateException(
					"hamkori.files.store must be 'directory' or 'database', not '" + store + "'");
		};
	}

}
