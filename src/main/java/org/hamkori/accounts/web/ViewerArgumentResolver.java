package org.hamkori.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.hamkori.accounts.Viewers;
import org.hamkori.shared.security.Viewer;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller declare a {@link Viewer} parameter; resolved once per request. */
@Configuration(proxyBeanMethods = false)
class ViewerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private static final String ATTRIBUTE = Viewer.class.getName();

	private final Viewers viewers;

	ViewerArgumentResolver(Viewers viewers) {
		this.viewers = viewers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Viewer.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
		Object cached = servletRequest.getAttribute(ATTRIBUTE);
		if (cached instanceof Viewer viewer) {
			return viewer;
		}
		Viewer viewer = this.viewers.of(SecurityContextHolder.getContext().getAuthentication());
		servletRequest.setAttribute(ATTRIBUTE, viewer);
		return viewer;
	}

}
