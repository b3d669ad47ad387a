package org.hamkori.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hamkori.accounts.AccountManagement;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.LocalPaths;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A signed-in user's choice of language, remembered on their account for every device and
 * for their e-mails. Only this form (a POST with CSRF) stores it: {@code ?lang=xx} on any
 * page switches the interface for this browser only (cookie), since no GET changes stored
 * state.
 */
@Controller
class LanguagePreference {

	private final AccountManagement accounts;

	private final LocaleResolver locales;

	LanguagePreference(AccountManagement accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
	}

	/** The language chosen, and the page to return to. */
	record LanguageForm(String lang, String back) {
	}

	@PostMapping("/language")
	String choose(@ModelAttribute LanguageForm form, Viewer viewer, HttpServletRequest request,
			HttpServletResponse response) {
		String lang = form.lang();
		if (Languages.isSupported(lang)) {
			this.locales.setLocale(request, response, Locale.forLanguageTag(lang));
			this.accounts.setLanguage(viewer.userId(), lang);
		}
		return "redirect:" + LocalPaths.orHome(form.back());
	}

}
