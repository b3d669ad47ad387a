package org.hamkori.shared.events;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run after the publishing
 * transaction commits, on Boot's task executor, so a slow or failing mail server never
 * holds up or fails the user's request; the JDBC event publication registry keeps what
 * did not complete and republishes it on restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

	/**
	 * Spring Modulith creates its {@code event_publication} table in a bean that nothing
	 * else depends on; with lazy initialisation (the application's default, decision
	 * 0037) it would never be created and the registry's first query would fail.
	 */
	@Bean
	static LazyInitializationExcludeFilter eventTableBeforeFirstEvent() {
		return (name, definition, type) -> "org.springframework.modulith.events.jdbc.DatabaseSchemaInitializer"
			.equals(type.getName());
	}

}
