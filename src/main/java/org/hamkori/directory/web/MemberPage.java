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
 * Renders the content of a mechanism's member page (or, for htmx, only its results) and
 * keeps the unfiltered rendering for reuse. Most readers see one of a few versions of a
 * list — with or without contacts, with or without management links, in their language —
 * and the list changes seldom, so a rendering is reused until the
 * {@link DirectoryRevision} moves or the day changes. Viewers who see only some contacts,
 * and filtered lists, are always rendered afresh. Nothing per-session (such as a CSRF
 * token) is ever part of a rendering.
 */
@Component
class MemberPage {

	private final MemberList memberList;

	private final DirectoryRevision revision;

	private final FilterOptions options;

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final ConversionService conversions;

	private final JakartaServletWebApplication application;

	private final Cache<Key, String> renderings = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	MemberPage(MemberList memberList, DirectoryRevision revision, FilterOptions options, SpringTemplateEngine templates,
			ApplicationContext context, ConversionService mvcConversionService, ServletContext servletContext) {
		this.memberList = memberList;
		this.revision = revision;
		this.options = options;
		this.templates = templates;
		this.context = context;
		this.conversions = mvcConversionService;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/** Which part of the page to render. */
	enum Part {

		/** Everything inside the page's main element. */
		CONTENT("directory/member-content"),

		/** Only the results, for htmx to swap in. */
		RESULTS("directory/member-results");

		private final String template;

		Part(String template) {
			this.template = template;
		}

	}

	private record Key(Part part, String mechanism, String language, boolean contacts, boolean manage, LocalDate today,
			long revision) {
	}

	String render(Part part, Viewer viewer, Mechanism mechanism, Filter filter, LocalDate today, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		boolean manage = viewer.canManage(mechanism.id());
		Boolean contacts = uniformContactVisibility(viewer, mechanism);
		if (contacts == null || !filter.equals(Filter.none())) {
			return renderNow(part, viewer, mechanism, filter, today, locale, manage, request, response);
		}
		Key key = new Key(part, mechanism.code(), locale.getLanguage(), contacts, manage, today,
				this.revision.current());
		return this.renderings.get(key,
				(k) -> renderNow(part, viewer, mechanism, filter, today, locale, manage, request, response));
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

	private String renderNow(Part part, Viewer viewer, Mechanism mechanism, Filter filter, LocalDate today,
			Locale locale, boolean manage, HttpServletRequest request, HttpServletResponse response) {
		List<Member> members = this.memberList.members(viewer, mechanism, filter);
		Map<String, Object> variables = new HashMap<>();
		variables.put("mechanism", mechanism);
		variables.put("filter", filter);
		variables.put("roles", this.options.roles(filter.role(), locale));
		variables.put("types", this.options.types(filter.type(), locale));
		variables.put("memberCount", members.size());
		variables.put("institutions", this.memberList.institutions(members, locale));
		variables.put("today", today);
		variables.put("canManage", manage);
		WebContext page = new WebContext(this.application.buildExchange(request, response), locale, variables);
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, this.conversions));
		return this.templates.process(part.template, page);
	}

}
