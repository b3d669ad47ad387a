package org.hamkori.shared;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether demo data belongs in this deployment: on by default for the embedded database,
 * never in the {@code prod} profile. {@code HAMKORI_DEMO=true|false} overrides the
 * default elsewhere.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(HamkoriSettings settings, @Value("${spring.datasource.url:}") String url, Environment environment) {
		String setting = settings.demo().enabled();
		boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
		boolean wanted = "auto".equalsIgnoreCase(setting) ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(setting);
		this.enabled = wanted && !prod;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
