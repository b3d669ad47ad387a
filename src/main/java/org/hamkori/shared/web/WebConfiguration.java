package org.hamkori.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hamkori.shared.i18n.Languages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of each page: {@code ?lang=xx} switches it, a cookie remembers it, and the
 * browser's preference picks one of the six the first time.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "hamkori-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction((request) -> {
			Locale preferred = request.getLocale();
			return Languages.isSupported(preferred.getLanguage()) ? Locale.forLanguageTag(preferred.getLanguage())
					: Locale.forLanguageTag("ru");
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// a document's own language (minutes in Tajik) is not the reader's choice of
		// interface
		registry.addInterceptor(interceptor).excludePathPatterns(DocumentLanguage.PATHS);
	}

	/** Accepts only the six interface languages; anything else keeps the current one. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super(LANGUAGE_COOKIE);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			if (locale == null || Languages.isSupported(locale.getLanguage())) {
				super.setLocale(request, response,
						(locale != null) ? Locale.forLanguageTag(locale.getLanguage()) : null);
			}
		}

	}

}
