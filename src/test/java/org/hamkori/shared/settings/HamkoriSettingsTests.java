package org.hamkori.shared.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings record binds as operators set it: an unset environment variable arrives as
 * an empty value and means the default, and the base URL loses its trailing slash.
 */
class HamkoriSettingsTests {

	static HamkoriSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("hamkori",
				HamkoriSettings.class);
	}

	@Test
	void emptyValuesMeanTheDefaults() {
		HamkoriSettings settings = bind(Map.of("hamkori.base-url", "", "hamkori.demo.enabled", "",
				"hamkori.schedules.digest", " ", "hamkori.digest.enabled", "", "hamkori.data-dir", "./data"));
		assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080");
		assertThat(settings.demo().enabled()).isEqualTo("auto");
		assertThat(settings.schedules().digest()).isEqualTo("0 0 6 * * MON");
		assertThat(settings.schedules().actionReminders()).isEqualTo("0 0 1 * * *");
		assertThat(settings.digest().isEnabled()).isTrue();
		assertThat(settings.files().store()).isEqualTo("directory");
		assertThat(settings.files().maxSize()).isEqualTo(DataSize.ofMegabytes(20));
		assertThat(settings.files().directoryUnder(settings.dataDir())).isEqualTo(settings.dataDir().resolve("files"));
		assertThat(settings.web().maxBody()).isEqualTo(DataSize.ofMegabytes(1));
		assertThat(settings.security().loginAttempts()).isEqualTo(10);
		assertThat(settings.security().loginWindow()).isEqualTo(Duration.ofMinutes(15));
		assertThat(settings.mail().from()).isEqualTo("hamkori@localhost");
	}

	@Test
	void givenValuesWinAndTheBaseUrlLosesItsTrailingSlash() {
		HamkoriSettings settings = bind(Map.of("hamkori.base-url", "https://hamkori.example.org/",
				"hamkori.digest.enabled", "false", "hamkori.files.max-size", "50MB", "hamkori.schedules.digest",
				"0 0 7 * * TUE", "hamkori.files.directory", "/srv/files"));
		assertThat(settings.baseUrl()).isEqualTo("https://hamkori.example.org");
		assertThat(settings.digest().isEnabled()).isFalse();
		assertThat(settings.files().maxSize()).isEqualTo(DataSize.ofMegabytes(50));
		assertThat(settings.schedules().digest()).isEqualTo("0 0 7 * * TUE");
		assertThat(settings.files().directoryUnder(settings.dataDir())).isEqualTo(Path.of("/srv/files"));
	}

}
