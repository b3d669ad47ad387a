package org.hamkori.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hamkori.accounts.AccountManagement;
import org.hamkori.accounts.Viewers;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.security.Viewer;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Remembers a logged-in user's choice of language ({@code ?lang=xx}) on their account,
 * for every device.
 */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements HandlerInterceptor, WebMvcConfigurer {

	private final Viewers viewers;

	private final AccountManagement accounts;

	LanguagePreference(Viewers viewers, AccountManagement accounts) {
		this.viewers = viewers;
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns("/api/**")
			.excludePathPatterns(org.hamkori.shared.web.DocumentLanguage.PATHS);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (Languages.isSupported(lang)) {
			Viewer viewer = this.viewers.of(SecurityContextHolder.getContext().getAuthentication());
			if (viewer.isAuthenticated()) {
				this.accounts.setLanguage(viewer.userId(), lang);
			}
		}
		return true;
	}

}
