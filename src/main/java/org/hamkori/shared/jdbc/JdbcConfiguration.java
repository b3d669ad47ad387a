package org.hamkori.shared.jdbc;

import java.util.List;
import java.util.Optional;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * Spring Data JDBC set-up shared by all modules: language maps are stored as JSON text,
 * which both H2 and PostgreSQL hold in a plain text column.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration extends AbstractJdbcConfiguration {

	/**
	 * Unquoted identifiers read the same on H2 and PostgreSQL, whatever case each folds
	 * them to.
	 */
	@Override
	public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
			JdbcCustomConversions customConversions, RelationalManagedTypes jdbcManagedTypes) {
		JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
		context.setForceQuote(false);
		return context;
	}

	@Override
	protected List<?> userConverters() {
		return List.of(new LocalizedTextWriter(), new LocalizedTextReader());
	}

	@WritingConverter
	static class LocalizedTextWriter implements Converter<LocalizedText, String> {

		@Override
		public String convert(LocalizedText source) {
			return LocalizedTextColumns.write(source);
		}

	}

	@ReadingConverter
	static class LocalizedTextReader implements Converter<String, LocalizedText> {

		@Override
		public LocalizedText convert(String source) {
			return LocalizedTextColumns.parse(source);
		}

	}

}
