package org.hamkori.documents;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hamkori.documents.LibraryLinkTargets.Target;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door of a mechanism's document library (the RCM's is the region's). Its
 * secretariat adds, edits and removes documents and their files; everyone else reads what
 * {@link LibraryDocument#visibleTo} allows, and gets 404 for the rest. A document's files
 * are stored by {@link Documents} with the document's visibility, so downloads and
 * previews at {@code /documents/{id}} follow the same rule.
 */
@Service
@Transactional
public class Library {

	/** The owner kind of library files in the documents table. */
	public static final String OWNER_KIND = "library";

	/** The languages a file of a library document may be in, in the order shown. */
	public static final List<String> LANGUAGES = List.of("ru", "en", "tg", "kk", "ky", "uz");

	static final int TITLE_MAX = 300;

	static final int DESCRIPTION_MAX = 4000;

	static final int THEME_MAX = 80;

	static final int THEMES_MAX = 10;

	private final LibraryRecords records;

	private final DocumentRecords files;

	private final Documents documents;

	private final List<LibraryLinkTargets> targets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Library(LibraryRecords records, DocumentRecords files, Documents documents, List<LibraryLinkTargets> targets,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.files = files;
		this.documents = documents;
		this.targets = targets;
		this.events = events;
		this.clock = clock;
	}

	/** Who may add, edit and remove the mechanism's library documents. */
	public boolean canEdit(UUID mechanismId, Viewer viewer) {
		return viewer != null && viewer.isAuthenticated() && viewer.canManage(mechanismId);
	}

	/** The document, when it exists and the viewer may see it. */
	@Transactional(readOnly = true)
	public Optional<LibraryDocument> visible(UUID id, Viewer viewer) {
		return this.records.find(id).filter((d) -> d.visibleTo(viewer));
	}

	/**
	 * The library documents linked to a record (kind {@code decision}, {@code issue},
	 * {@code meeting} or {@code programme}) that the viewer may see, by title.
	 */
	@Transactional(readOnly = true)
	public List<LibraryDocument> linkedTo(String kind, UUID recordId, Viewer viewer) {
		return this.records.linkedTo(kind, recordId).stream().filter((d) -> d.visibleTo(viewer)).toList();
	}

	/** The mechanism's documents the viewer may see, most recently changed first. */
	@Transactional(readOnly = true)
	public List<LibraryDocument> ofMechanism(UUID mechanismId, Viewer viewer) {
		return this.records.ofMechanism(mechanismId).stream().filter((d) -> d.visibleTo(viewer)).toList();
	}

	/**
	 * The files of documents the viewer may see, newest version first within each
	 * language; documents the viewer may not see are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<LibraryFile>> filesOf(List<LibraryDocument> library, Viewer viewer) {
		Map<UUID, LibraryDocument> seen = library.stream()
			.filter((d) -> d.visibleTo(viewer))
			.collect(Collectors.toMap(LibraryDocument::id, Function.identity()));
		Map<UUID, List<LibraryRecords.FileRow>> rows = this.records.files(seen.keySet());
		Map<UUID, List<LibraryFile>> result = new HashMap<>();
		for (LibraryDocument d : library) {
			if (!seen.containsKey(d.id())) {
				continue;
			}
			Map<UUID, StoredDocument> stored = new HashMap<>();
			this.documents.allOf(new DocumentOwner(OWNER_KIND, d.id())).forEach((s) -> stored.put(s.id(), s));
			List<LibraryFile> list = new ArrayList<>();
			for (LibraryRecords.FileRow row : rows.getOrDefault(d.id(), List.of())) {
				StoredDocument file = stored.get(row.documentId());
				if (file != null) {
					list.add(new LibraryFile(file, row.language(), row.versionNo()));
				}
			}
			list.sort(Comparator.comparing((LibraryFile f) -> LANGUAGES.indexOf(f.language()))
				.thenComparing(Comparator.comparingInt(LibraryFile::versionNo).reversed()));
			result.put(d.id(), List.copyOf(list));
		}
		return result;
	}

	/**
	 * The files of one document the viewer may see, newest version first per language.
	 */
	@Transactional(readOnly = true)
	public List<LibraryFile> filesOf(LibraryDocument document, Viewer viewer) {
		return filesOf(List.of(document), viewer).getOrDefault(document.id(), List.of());
	}

	/** The latest version of each language, in the order of {@link #LANGUAGES}. */
	public static List<LibraryFile> current(List<LibraryFile> files) {
		Map<String, LibraryFile> latest = new LinkedHashMap<>();
		files.forEach((f) -> latest.merge(f.language(), f, (a, b) -> (a.versionNo() >= b.versionNo()) ? a : b));
		return List.copyOf(latest.values());
	}

	/**
	 * The records the document links to that the viewer may see; the others are left out
	 * without a trace.
	 */
	@Transactional(readOnly = true)
	public List<Target> links(LibraryDocument document, Viewer viewer) {
		List<Target> result = new ArrayList<>();
		for (LibraryDocument.Link link : document.links()) {
			targetsFor(link.kind()).flatMap((t) -> t.target(link.kind(), link.id(), viewer)).ifPresent(result::add);
		}
		return result;
	}

	/** A record a document may link to, when it exists and the viewer may see it. */
	@Transactional(readOnly = true)
	public Optional<Target> target(String kind, UUID id, Viewer viewer) {
		return targetsFor(kind).flatMap((t) -> t.target(kind, id, viewer));
	}

	/** The mechanism's records the viewer may link a document to. */
	@Transactional(readOnly = true)
	public List<Target> linkChoices(UUID mechanismId, Viewer viewer) {
		List<Target> result = new ArrayList<>();
		this.targets.forEach((t) -> result.addAll(t.choices(mechanismId, viewer)));
		return result;
	}

	/**
	 * Adds a document with its first file.
	 * @throws RuleViolation when a detail or the file is not acceptable; nothing is kept
	 * @throws ForbiddenException when the viewer may not edit the mechanism's library
	 */
	public LibraryDocument create(UUID mechanismId, LibraryDetails details, String language, String fileName, long size,
			InputStream content, Viewer by) {
		if (!canEdit(mechanismId, by)) {
			throw new ForbiddenException();
		}
		List<RuleViolation.Problem> problems = check(details, by, mechanismId);
		checkLanguage(language, problems);
		if (content == null || fileName == null || fileName.isBlank()) {
			problems.add(new RuleViolation.Problem("file", "library.invalid.file"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		Instant now = now();
		LibraryDocument d = new LibraryDocument(UUID.randomUUID(), mechanismId, details.category(),
				details.title().strip(), blankToNull(details.description()), sorted(details.gcm()),
				themes(details.themes()), details.visibility(), institutions(details), distinct(details.links()), now,
				by.actor(), now, by.actor(), 0);
		this.records.insert(d);
		addFile(d, language, fileName, size, content, by);
		audit(by, d, "created");
		return d;
	}

	/**
	 * Saves new details; the files follow the new visibility.
	 * @throws OptimisticLockingFailureException when someone saved it meanwhile
	 */
	public LibraryDocument update(UUID id, LibraryDetails details, int version, Viewer by) {
		LibraryDocument current = editable(id, by);
		List<RuleViolation.Problem> problems = check(details, by, current.mechanismId());
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		LibraryDocument d = new LibraryDocument(id, current.mechanismId(), details.category(), details.title().strip(),
				blankToNull(details.description()), sorted(details.gcm()), themes(details.themes()),
				details.visibility(), institutions(details), distinct(details.links()), current.createdAt(),
				current.createdBy(), now(), by.actor(), version + 1);
		if (!this.records.update(d, version)) {
			throw new OptimisticLockingFailureException("library document " + id + " changed meanwhile");
		}
		this.documents.restrict(new DocumentOwner(OWNER_KIND, id), d.visibility(), d.institutions());
		audit(by, d, "updated");
		return d;
	}

	/**
	 * Adds a file: the first in its language, or a new version of that language that
	 * keeps the older ones.
	 */
	public LibraryFile addFile(UUID id, String language, String fileName, long size, InputStream content, Viewer by) {
		LibraryDocument d = editable(id, by);
		List<RuleViolation.Problem> problems = new ArrayList<>();
		checkLanguage(language, problems);
		if (content == null || fileName == null || fileName.isBlank()) {
			problems.add(new RuleViolation.Problem("file", "library.invalid.file"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		LibraryFile file = addFile(d, language, fileName, size, content, by);
		audit(by, d, "file-added");
		return file;
	}

	/** Removes a document with all its files. */
	public void remove(UUID id, Viewer by) {
		LibraryDocument d = editable(id, by);
		for (StoredDocument file : this.documents.allOf(new DocumentOwner(OWNER_KIND, id))) {
			this.documents.erase(file, by);
		}
		this.records.delete(id);
		audit(by, d, "deleted");
	}

	private LibraryFile addFile(LibraryDocument d, String language, String fileName, long size, InputStream content,
			Viewer by) {
		int versionNo = this.records.lastVersion(d.id(), language) + 1;
		StoredDocument stored = this.documents.upload(new DocumentOwner(OWNER_KIND, d.id()), d.mechanismId(),
				d.visibility(), d.institutions(), fileName, size, content, by);
		this.records.insertFile(d.id(), stored.id(), language, versionNo);
		return new LibraryFile(stored, language, versionNo);
	}

	private LibraryDocument editable(UUID id, Viewer by) {
		LibraryDocument d = visible(id, by).orElseThrow(NotFoundException::new);
		if (!canEdit(d.mechanismId(), by)) {
			throw new ForbiddenException();
		}
		return d;
	}

	private List<RuleViolation.Problem> check(LibraryDetails details, Viewer by, UUID mechanismId) {
		Objects.requireNonNull(details, "details");
		List<RuleViolation.Problem> problems = new ArrayList<>();
		if (details.title() == null || details.title().isBlank()) {
			problems.add(new RuleViolation.Problem("title", "library.invalid.title"));
		}
		else if (details.title().strip().length() > TITLE_MAX) {
			problems.add(new RuleViolation.Problem("title", "library.invalid.tooLong", TITLE_MAX));
		}
		if (details.description() != null && details.description().length() > DESCRIPTION_MAX) {
			problems.add(new RuleViolation.Problem("description", "library.invalid.tooLong", DESCRIPTION_MAX));
		}
		if (details.category() == null) {
			problems.add(new RuleViolation.Problem("category", "library.invalid.category"));
		}
		if (details.visibility() == null) {
			problems.add(new RuleViolation.Problem("visibility", "library.invalid.visibility"));
		}
		else if (details.visibility() == Visibility.RESTRICTED
				&& (details.institutions() == null || details.institutions().isEmpty())) {
			problems.add(new RuleViolation.Problem("institutionIds", "library.invalid.institutions"));
		}
		if (details.gcm() != null && details.gcm().stream().anyMatch((g) -> g == null || g < 1 || g > 23)) {
			problems.add(new RuleViolation.Problem("gcm", "library.invalid.gcm"));
		}
		List<String> themes = themes(details.themes());
		if (themes.size() > THEMES_MAX || themes.stream().anyMatch((t) -> t.length() > THEME_MAX)) {
			problems.add(new RuleViolation.Problem("themes", "library.invalid.themes", THEMES_MAX, THEME_MAX));
		}
		if (details.links() != null) {
			for (LibraryDocument.Link link : details.links()) {
				boolean known = targetsFor(link.kind()).flatMap((t) -> t.target(link.kind(), link.id(), by))
					.isPresent();
				if (!known) {
					problems.add(new RuleViolation.Problem("links", "library.invalid.link"));
					break;
				}
			}
		}
		return problems;
	}

	private static void checkLanguage(String language, List<RuleViolation.Problem> problems) {
		if (language == null || !LANGUAGES.contains(language)) {
			problems.add(new RuleViolation.Problem("language", "library.invalid.language"));
		}
	}

	private Optional<LibraryLinkTargets> targetsFor(String kind) {
		return this.targets.stream().filter((t) -> t.kinds().contains(kind)).findFirst();
	}

	private static Set<UUID> institutions(LibraryDetails details) {
		return (details.visibility() == Visibility.RESTRICTED && details.institutions() != null)
				? Set.copyOf(details.institutions()) : Set.of();
	}

	private static List<Integer> sorted(List<Integer> gcm) {
		return (gcm != null) ? gcm.stream().distinct().sorted().toList() : List.of();
	}

	/** Themes as typed, trimmed, blank ones dropped, each once whatever its case. */
	static List<String> themes(List<String> typed) {
		if (typed == null) {
			return List.of();
		}
		Map<String, String> seen = new LinkedHashMap<>();
		typed.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((t) -> !t.isEmpty())
			.forEach((t) -> seen.putIfAbsent(t.toLowerCase(java.util.Locale.ROOT), t));
		return List.copyOf(seen.values());
	}

	private static List<LibraryDocument.Link> distinct(List<LibraryDocument.Link> links) {
		return (links != null) ? List.copyOf(new LinkedHashSet<>(links)) : List.of();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private void audit(Viewer by, LibraryDocument d, String action) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("title", d.title());
		facts.put("category", d.category());
		facts.put("visibility", d.visibility());
		this.events
			.publishEvent(new RecordChanged(by.actor(), d.mechanismId(), "library-document", d.id(), action, facts));
	}

}
