package org.hamkori.shared.settings;

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

	@Bean
	HamkoriSettings.Schedules hamkoriSchedules(HamkoriSettings settings) {
		return settings.schedules();
	}

}
