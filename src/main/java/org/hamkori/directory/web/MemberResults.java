package org.hamkori.directory.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.hamkori.directory.DirectoryRevision;
import org.hamkori.directory.MemberList;
import org.hamkori.directory.MemberList.Filter;
import org.hamkori.directory.MemberList.Member;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.Viewer;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;

/**
 * Renders the results part of a mechanism's member page, and keeps the unfiltered
 * rendering for reuse. Most readers see one of a few versions of a list (with or without
 * contacts, with or without management links, in their language), and the list changes
 * seldom, so a rendering is reused until the {@link DirectoryRevision} moves. Viewers who
 * see only some contacts, and filtered lists, are always rendered afresh.
 */
@Component
class MemberResults {

	private final MemberList memberList;

	private final DirectoryRevision revision;

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final ConversionService conversions;

	private final JakartaServletWebApplication application;

	private final Cache<Key, Rendered> renderings = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	MemberResults(MemberList memberList, DirectoryRevision revision, SpringTemplateEngine templates,
			ApplicationContext context, ConversionService mvcConversionService, ServletContext servletContext) {
		this.memberList = memberList;
		this.revision = revision;
		this.templates = templates;
		this.context = context;
		this.conversions = mvcConversionService;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/** What the page around the list needs to know. */
	record Rendered(String html, int count) {
	}

	private record Key(String mechanism, String language, boolean contacts, boolean manage, LocalDate today,
			long revision) {
	}

	Rendered render(Viewer viewer, Mechanism mechanism, Filter filter, LocalDate today, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		boolean manage = viewer.canManage(mechanism.id());
		Boolean contacts = uniformContactVisibility(viewer, mechanism);
		if (contacts == null || !filter.equals(Filter.none())) {
			return renderNow(viewer, mechanism, filter, today, locale, manage, request, response);
		}
		Key key = new Key(mechanism.code(), locale.getLanguage(), contacts, manage, today, this.revision.current());
		return this.renderings.get(key,
				(k) -> renderNow(viewer, mechanism, filter, today, locale, manage, request, response));
	}

	/**
	 * All contacts or none for this viewer in this mechanism; {@code null} when it
	 * depends on the person.
	 */
	private static Boolean uniformContactVisibility(Viewer viewer, Mechanism mechanism) {
		if (viewer.admin() || viewer.isRegionalSecretariat() || viewer.isMemberOf(mechanism.id())) {
			return true;
		}
		return viewer.seats().isEmpty() ? false : null;
	}

	private Rendered renderNow(Viewer viewer, Mechanism mechanism, Filter filter, LocalDate today, Locale locale,
			boolean manage, HttpServletRequest request, HttpServletResponse response) {
		List<Member> members = this.memberList.members(viewer, mechanism, filter);
		Map<String, Object> variables = new HashMap<>();
		variables.put("memberCount", members.size());
		variables.put("institutions", this.memberList.institutions(members, locale));
		variables.put("today", today);
		variables.put("canManage", manage);
		WebContext page = new WebContext(this.application.buildExchange(request, response), locale, variables);
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, this.conversions));
		return new Rendered(this.templates.process("directory/member-results", page), members.size());
	}

}
