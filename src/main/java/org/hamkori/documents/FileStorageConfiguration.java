package org.hamkori.documents;

import java.nio.file.Path;
import java.time.Clock;

import org.hamkori.shared.settings.HamkoriSettings;

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
	FileStorage fileStorage(HamkoriSettings settings, JdbcClient jdbc, Clock clock) {
		String store = settings.files().store();
		return switch (store) {
			case "directory" -> new DirectoryFileStorage(settings.files().directoryUnder(settings.dataDir()));
			case "database" -> new DatabaseFileStorage(jdbc, clock);
			default -> throw new IllegalStateException(
					"hamkori.files.store must be 'directory' or 'database', not '" + store + "'");
		};
	}

}
