package org.hamkori.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.hamkori.shared.DemoDataLoader;
import org.hamkori.shared.i18n.Languages;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the current path (for the language switcher), the six
 * languages, and whether the demo data is still loading.
 */
@ControllerAdvice
class LayoutModel {

	private final DemoDataLoader demoData;

	LayoutModel(DemoDataLoader demoData) {
		this.demoData = demoData;
	}

	record Language(String code, String name) {
	}

	private static final List<Language> LANGUAGES = Languages.CODES.stream()
		.map((code) -> new Language(code, Languages.nativeName(code)))
		.toList();

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		return uri.isEmpty() ? "/" : uri;
	}

	@ModelAttribute("languages")
	List<Language> languages() {
		return LANGUAGES;
	}

	/**
	 * Whether someone is signed in, from the servlet request (the security filters fill
	 * it in).
	 */
	@ModelAttribute("signedIn")
	static boolean signedIn(HttpServletRequest request) {
		return request.getUserPrincipal() != null;
	}

	/**
	 * Whether the demo data is still loading in the background after a first start, so
	 * that the page can say why the demo accounts or figures are not there yet.
	 */
	@ModelAttribute("demoLoading")
	boolean demoLoading() {
		return this.demoData.isLoading();
	}

	/** Whether the signed-in user is a platform admin, for the navigation. */
	@ModelAttribute("platformAdmin")
	static boolean platformAdmin(HttpServletRequest request) {
		return request.isUserInRole("ADMIN");
	}

}
