package org.hamkori.accounts;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are written with an upsert, so two requests of one new session that
 * both create an attribute (the CSRF token, typically) cannot collide on its key.
 * PostgreSQL uses Spring Session's own {@code ON CONFLICT} customizer; H2 its
 * {@code MERGE ... KEY}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpserts(DataSource dataSource)
			throws Exception {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return (repository) -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
	}

}
