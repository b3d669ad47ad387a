package org.hamkori.shared.settings;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link HamkoriSettings}, and names its schedules {@code hamkoriSchedules} so
 * {@code @Scheduled(cron = "#{@hamkoriSchedules.digest()}")} can read them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HamkoriSettings.class)
class SettingsConfiguration {

	/**
	 * Settings are bound and validated at start although beans are lazy (decision 0042):
	 * a wrong setting stops the start instead of failing the first page that reads it.
	 */
	@Bean
	static LazyInitializationExcludeFilter settingsAtStart() {
		return (name, definition, type) -> type.isAnnotationPresent(ConfigurationProperties.class);
	}

	@Bean
	HamkoriSettings.Schedules hamkoriSchedules(HamkoriSettings settings) {
		return settings.schedules();
	}

}
