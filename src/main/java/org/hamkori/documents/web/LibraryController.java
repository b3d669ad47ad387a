package org.hamkori.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.documents.DocumentLibrary;
import org.hamkori.documents.DocumentPlaces.Place;
import org.hamkori.documents.Library;
import org.hamkori.documents.LibraryCategory;
import org.hamkori.documents.LibraryDocument;
import org.hamkori.documents.LibraryFile;
import org.hamkori.documents.LibraryLinkTargets.Target;
import org.hamkori.documents.StoredDocument;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.search.RecordFinder;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.Paging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A mechanism's library (the RCM's is the region's), for its members: its own documents
 * and the files attached to its records in one list, filtered by category, tag, language
 * and type; each library document's page with its languages, versions, links and preview;
 * and the secretariat's forms. Everything follows {@link LibraryDocument#visibleTo};
 * anything else answers 404.
 */
@Controller
class LibraryController {

	/** One line of the list: a library document or a file attached to a record. */
	record Entry(boolean library, UUID id, String title, String href, String placeKind, Place place,
			LibraryCategory category, List<Integer> gcm, List<String> themes, List<String> languages, String typeName,
			Instant at, String by) {
	}

	/** Each library language in its own name. */
	private static final Map<String, String> LANGUAGE_NAMES = Library.LANGUAGES.stream()
		.collect(java.util.stream.Collectors.toMap((l) -> l, Languages::nativeName, (a, b) -> a, LinkedHashMap::new));

	private final Directory directory;

	private final Library library;

	private final DocumentLibrary attachments;

	/** The search, when it runs beside this module (not in a module test alone). */
	private final ObjectProvider<RecordFinder> finder;

	LibraryController(Directory directory, Library library, DocumentLibrary attachments,
			ObjectProvider<RecordFinder> finder) {
		this.finder = finder;
		this.directory = directory;
		this.library = library;
		this.attachments = attachments;
	}

	@GetMapping("/mechanisms/{code}/documents")
	String list(@PathVariable String code, @RequestParam(required = false) LibraryCategory category,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String language,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "1") int page, Viewer viewer,
			Model model) {
		Mechanism mechanism = member(code, viewer);
		String kind = ("library".equals(type) || "attachments".equals(type)) ? type : null;
		String lang = (language != null && Library.LANGUAGES.contains(language)) ? language : null;
		List<LibraryDocument> own = this.library.ofMechanism(mechanism.id(), viewer);
		Map<UUID, List<LibraryFile>> files = this.library.filesOf(own, viewer);
		List<Entry> entries = new ArrayList<>();
		TreeSet<String> themes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (LibraryDocument d : own) {
			themes.addAll(d.themes());
			List<LibraryFile> current = Library.current(files.getOrDefault(d.id(), List.of()));
			entries.add(new Entry(true, d.id(), d.title(), "/library/" + d.id(), null, null, d.category(), d.gcm(),
					d.themes(), current.stream().map(LibraryFile::language).toList(),
					String.join(", ", current.stream().map((f) -> f.file().typeName()).distinct().toList()),
					d.updatedAt(), d.updatedBy()));
		}
		for (DocumentLibrary.Listed l : this.attachments.ofMechanism(mechanism.id(), viewer)) {
			StoredDocument d = l.document();
			entries.add(new Entry(false, d.id(), d.fileName(), "/documents/" + d.id(), d.owner().kind(), l.place(),
					null, List.of(), List.of(), List.of(), d.typeName(), d.uploadedAt(), d.uploadedBy()));
		}
		boolean filtered = category != null || tag != null && !tag.isBlank() || lang != null;
		List<Entry> shown = entries.stream()
			.filter((e) -> kind == null || e.library() == "library".equals(kind))
			.filter((e) -> !filtered || e.library())
			.filter((e) -> category == null || e.category() == category)
			.filter((e) -> tag == null || tag.isBlank() || hasTag(e, tag))
			.filter((e) -> lang == null || e.languages().contains(lang))
			.sorted(Comparator.comparing(Entry::at).reversed())
			.toList();
		Paging<Entry> paging = Paging.of(shown, page);
		String base = "/mechanisms/" + mechanism.code() + "/documents";
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("paging", paging);
		model.addAttribute("total", entries.size());
		model.addAttribute("categories", LibraryCategory.values());
		model.addAttribute("libraryLanguages", Library.LANGUAGES);
		model.addAttribute("themes", themes);
		model.addAttribute("category", category);
		model.addAttribute("tag", tag);
		model.addAttribute("chosenLanguage", lang);
		model.addAttribute("type", kind);
		model.addAttribute("previous", link(base, paging.page() - 1, category, tag, lang, kind));
		model.addAttribute("next", link(base, paging.page() + 1, category, tag, lang, kind));
		model.addAttribute("canEdit", this.library.canEdit(mechanism.id(), viewer));
		model.addAttribute("languageNames", LANGUAGE_NAMES);
		return "documents/mechanism";
	}

	@GetMapping("/library/{id}")
	String show(@PathVariable UUID id, Viewer viewer, Model model) {
		LibraryDocument d = this.library.visible(id, viewer).orElseThrow(NotFoundException::new);
		return page(d, viewer, model, null, null);
	}

	@GetMapping("/mechanisms/{code}/library/new")
	String newDocument(@PathVariable String code, @RequestParam(required = false) String linksq, Viewer viewer,
			Locale locale, Model model) {
		Mechanism mechanism = editable(code, viewer);
		model.addAttribute("linksq", words(linksq));
		String language = Library.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "ru";
		return form(model, mechanism, null, LibraryForm.empty(language), false, viewer);
	}

	@PostMapping("/mechanisms/{code}/library")
	String create(@PathVariable String code, @ModelAttribute("form") LibraryForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile file, Viewer viewer, Model model) {
		Mechanism mechanism = editable(code, viewer);
		if (errors.hasErrors()) {
			return form(model, mechanism, null, form, false, viewer);
		}
		try (InputStream content = content(file)) {
			LibraryDocument created = this.library.create(mechanism.id(), form.toDetails(), form.language(), name(file),
					size(file), content, viewer);
			return "redirect:/library/" + created.id() + "?created";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return form(model, mechanism, null, form, false, viewer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The records ticked so far ({@code links}) that the editor may see, and the
	 * mechanism's records the editor may see that match the words, for the typeahead.
	 */
	@GetMapping("/mechanisms/{code}/library/links/find")
	String findLinks(@PathVariable String code, @RequestParam(required = false) String linksq,
			@RequestParam(required = false) List<String> links, Viewer viewer, Model model) {
		Mechanism mechanism = editable(code, viewer);
		model.addAttribute("linksq", words(linksq));
		linkChoices(model, mechanism, links, viewer);
		return "documents/library-pickers :: found";
	}

	@GetMapping("/library/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam(required = false) String linksq, Viewer viewer, Model model) {
		LibraryDocument d = editable(id, viewer);
		model.addAttribute("linksq", words(linksq));
		return form(model, mechanism(d), d, LibraryForm.of(d), false, viewer);
	}

	@PostMapping("/library/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") LibraryForm form, BindingResult errors, Viewer viewer,
			Model model) {
		LibraryDocument d = editable(id, viewer);
		if (errors.hasErrors()) {
			return form(model, mechanism(d), d, form, false, viewer);
		}
		try {
			this.library.update(id, form.toDetails(), (form.version() != null) ? form.version() : -1, viewer);
			return "redirect:/library/" + id + "?updated";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return form(model, mechanism(d), d, form, false, viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			LibraryDocument current = editable(id, viewer);
			LibraryForm kept = new LibraryForm(form.title(), form.description(), form.category(), form.gcm(),
					form.themes(), form.visibility(), form.institutionIds(), form.links(), null, current.version());
			return form(model, mechanism(current), current, kept, true, viewer);
		}
	}

	@PostMapping("/library/{id}/files")
	String addFile(@PathVariable UUID id, @RequestParam(required = false) String language,
			@RequestParam(required = false) MultipartFile file, Viewer viewer, Model model) {
		LibraryDocument d = editable(id, viewer);
		try (InputStream content = content(file)) {
			this.library.addFile(id, language, name(file), size(file), content, viewer);
			return "redirect:/library/" + id + "?added#files";
		}
		catch (RuleViolation ex) {
			return page(d, viewer, model, ex, language);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/library/{id}/delete")
	String confirmDelete(@PathVariable UUID id, Viewer viewer, Model model) {
		LibraryDocument d = editable(id, viewer);
		model.addAttribute("document", d);
		model.addAttribute("mechanism", mechanism(d));
		model.addAttribute("files", this.library.filesOf(d, viewer).size());
		return "documents/library-delete";
	}

	@PostMapping("/library/{id}/delete")
	String delete(@PathVariable UUID id, Viewer viewer) {
		LibraryDocument d = editable(id, viewer);
		Mechanism mechanism = mechanism(d);
		this.library.remove(id, viewer);
		return "redirect:/mechanisms/" + mechanism.code() + "/documents?deleted";
	}

	private String page(LibraryDocument d, Viewer viewer, Model model, RuleViolation fileProblem, String fileLanguage) {
		List<LibraryFile> files = this.library.filesOf(d, viewer);
		Map<String, List<LibraryFile>> byLanguage = new LinkedHashMap<>();
		files.forEach((f) -> byLanguage.computeIfAbsent(f.language(), (k) -> new ArrayList<>()).add(f));
		List<LibraryFile> current = Library.current(files);
		model.addAttribute("document", d);
		model.addAttribute("mechanism", mechanism(d));
		model.addAttribute("byLanguage", byLanguage);
		model.addAttribute("current", current);
		model.addAttribute("preview", current.isEmpty() ? null : current.get(0).file());
		model.addAttribute("links", this.library.links(d, viewer));
		model.addAttribute("institutions", institutionsNamed(d));
		model.addAttribute("canEdit", this.library.canEdit(d.mechanismId(), viewer));
		model.addAttribute("libraryLanguages", Library.LANGUAGES);
		model.addAttribute("languageNames", LANGUAGE_NAMES);
		model.addAttribute("fileProblem", fileProblem);
		model.addAttribute("fileLanguage",
				(fileLanguage != null) ? fileLanguage : (current.isEmpty() ? "ru" : current.get(0).language()));
		return "documents/library-document";
	}

	private String form(Model model, Mechanism mechanism, LibraryDocument saved, LibraryForm form, boolean conflict,
			Viewer viewer) {
		linkChoices(model, mechanism, form.links(), viewer);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("saved", saved);
		model.addAttribute("form", form);
		model.addAttribute("conflict", conflict);
		model.addAttribute("categories", LibraryCategory.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("libraryLanguages", Library.LANGUAGES);
		model.addAttribute("languageNames", LANGUAGE_NAMES);
		model.addAttribute("institutionChoices", memberInstitutions(mechanism.id()));
		return "documents/library-form";
	}

	private static String words(String q) {
		return (q != null) ? q.strip() : "";
	}

	/**
	 * The records linked (or ticked) that the viewer may see ({@code linked}), then the
	 * records of the mechanism the viewer may see that match the asked words
	 * ({@code linksq}), less those, through the one search ({@code linksFound}).
	 */
	private void linkChoices(Model model, Mechanism mechanism, List<String> links, Viewer viewer) {
		List<Target> linked = new LibraryForm(null, null, null, null, null, null, null, links, null, null).parsedLinks()
			.stream()
			.distinct()
			.map((l) -> this.library.target(l.kind(), l.id(), viewer))
			.flatMap(Optional::stream)
			.toList();
		List<String> values = linked.stream().map((t) -> t.kind() + ":" + t.id()).toList();
		Object asked = model.getAttribute("linksq");
		String q = (asked != null) ? asked.toString() : "";
		model.addAttribute("linksq", q);
		model.addAttribute("linked", linked);
		RecordFinder search = this.finder.getIfAvailable();
		List<RecordFinder.Found> found = (search == null) ? List.of()
				: search.find(q, LibraryForm.LINK_KINDS, mechanism.id(), viewer, LocaleContextHolder.getLocale());
		// "nothing matches" only when the words found nothing, not when all found are
		// ticked
		model.addAttribute("linksNone", !q.isBlank() && found.isEmpty());
		model.addAttribute("linksFound", found.stream().filter((f) -> !values.contains(f.value())).toList());
	}

	private List<Organisation> memberInstitutions(UUID mechanismId) {
		java.time.LocalDate today = this.directory.today();
		Map<UUID, Organisation> all = this.directory.organisationsById();
		return this.directory.membershipsOfMechanism(mechanismId)
			.stream()
			.filter((m) -> m.isActiveOn(today))
			.map(Membership::organisationId)
			.distinct()
			.map(all::get)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private List<Organisation> institutionsNamed(LibraryDocument d) {
		Map<UUID, Organisation> all = this.directory.organisationsById();
		return d.institutions().stream().map(all::get).filter(java.util.Objects::nonNull).toList();
	}

	private Mechanism member(String code, Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.admin() && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		return mechanism;
	}

	private Mechanism editable(String code, Viewer viewer) {
		Mechanism mechanism = member(code, viewer);
		if (!this.library.canEdit(mechanism.id(), viewer)) {
			throw new ForbiddenException();
		}
		return mechanism;
	}

	private LibraryDocument editable(UUID id, Viewer viewer) {
		LibraryDocument d = this.library.visible(id, viewer).orElseThrow(NotFoundException::new);
		if (!this.library.canEdit(d.mechanismId(), viewer)) {
			throw new ForbiddenException();
		}
		return d;
	}

	private Mechanism mechanism(LibraryDocument d) {
		return this.directory.mechanism(d.mechanismId()).orElseThrow(NotFoundException::new);
	}

	private static boolean hasTag(Entry e, String tag) {
		if (tag.startsWith("gcm:")) {
			return e.gcm().stream().anyMatch((g) -> tag.equals("gcm:" + g));
		}
		String theme = tag.startsWith("theme:") ? tag.substring(6) : tag;
		return e.themes().stream().anyMatch((t) -> t.equalsIgnoreCase(theme));
	}

	private static String link(String base, int page, LibraryCategory category, String tag, String language,
			String type) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
		Optional.ofNullable(category).ifPresent((c) -> uri.queryParam("category", c));
		Optional.ofNullable(tag).filter((t) -> !t.isBlank()).ifPresent((t) -> uri.queryParam("tag", t));
		Optional.ofNullable(language).ifPresent((l) -> uri.queryParam("language", l));
		Optional.ofNullable(type).ifPresent((t) -> uri.queryParam("type", t));
		return uri.queryParam("page", page).build().encode().toUriString();
	}

	private static InputStream content(MultipartFile file) throws IOException {
		return (file != null && !file.isEmpty()) ? file.getInputStream() : null;
	}

	private static String name(MultipartFile file) {
		return (file != null && !file.isEmpty()) ? file.getOriginalFilename() : null;
	}

	private static long size(MultipartFile file) {
		return (file != null) ? file.getSize() : 0;
	}

}
