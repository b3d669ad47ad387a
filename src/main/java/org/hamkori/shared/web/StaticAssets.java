package org.hamkori.shared.web;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Scripts, style sheets and web jars under URLs that carry a hash of their content
 * ({@code /css/hamkori-5d41402abc4b2a76b9719d911017c592.css}), cached for a year and
 * marked immutable: an upgrade changes the URL, so nobody runs a stale script. Templates
 * write plain paths ({@code @{/css/hamkori.css}}); the encoding filter rewrites them as
 * Thymeleaf asks the response to encode each link.
 * <p>
 * Only the asset folders are resource paths (Spring Boot's catch-all {@code /**} mapping
 * is off, {@code spring.web.resources.add-mappings=false}): the filter sees every link of
 * a page, and a link that no asset pattern matches costs one pattern test instead of a
 * look-up on the class path (docs/decisions/0028).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	/** How long a versioned asset may be kept: a year, never revalidated. */
	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		versioned(registry, "/css/**", "classpath:/static/css/");
		versioned(registry, "/js/**", "classpath:/static/js/");
		versioned(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
		// fixed names that others ask for: not versioned, kept a day
		registry.addResourceHandler("/robots.txt", "/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	private static void versioned(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.addUrlPatterns("/*");
		return registration;
	}

}
