package org.hamkori.shared.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs once per cluster, never once per node: every {@code @Scheduled} job
 * also carries ShedLock's {@code @SchedulerLock}, and the lock lives in the shared
 * database (table {@code shedlock}, using the database clock so nodes with skewed clocks
 * agree). Jobs must still be idempotent (a unique row per reminder, say), because a lock
 * only stops overlap, not a rerun after it expires.
 * <p>
 * {@code hamkori.scheduling.enabled=false} switches the timers off (the tests do, and
 * call the jobs directly); the locks stay on. Nothing else may enable scheduling: Spring
 * Modulith's Moments would, so it is switched off
 * ({@code spring.modulith.moments.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "hamkori.scheduling.enabled", havingValue = "true", matchIfMissing = true)
	@EnableScheduling
	static class Timers {

	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
