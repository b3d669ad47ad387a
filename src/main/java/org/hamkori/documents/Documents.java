package org.hamkori.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.settings.HamkoriSettings;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The front door of the documents module. Uploads are received into a temporary file,
 * measured, hashed and checked by content before anything is stored; the bytes go to the
 * {@link FileStorage} under a random key and the row is written in the same transaction,
 * so a failure keeps neither. Every read answers only what the viewer may see.
 */
@Service
@Transactional
public class Documents {

	private final DocumentRecords records;

	private final FileStorage storage;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxSize;

	private final Path temporary;

	Documents(DocumentRecords records, FileStorage storage, ApplicationEventPublisher events, Clock clock,
			HamkoriSettings settings) {
		this.records = records;
		this.storage = storage;
		this.events = events;
		this.clock = clock;
		this.maxSize = settings.files().maxSize().toBytes();
		this.temporary = settings.files().tempDir();
	}

	/**
	 * Stores a file for a record once the owning module has decided the uploader may add
	 * it.
	 * @throws RuleViolation when the file is empty, too large or of a type we do not
	 * accept; nothing is kept then
	 */
	public StoredDocument upload(DocumentOwner owner, UUID mechanismId, Visibility visibility, Set<UUID> institutions,
			String originalFileName, long declaredSize, InputStream content, Viewer uploader) {
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(mechanismId, "mechanismId");
		Objects.requireNonNull(visibility, "visibility");
		if (!uploader.isAuthenticated()) {
			throw new ForbiddenException();
		}
		if (declaredSize > this.maxSize) {
			throw tooLarge();
		}
		Path incoming = null;
		try {
			Files.createDirectories(this.temporary);
			incoming = Files.createTempFile(this.temporary, "hamkori-upload-", ".part");
			Received received = receive(content, incoming);
			if (received.size() == 0) {
				throw RuleViolation.of("documents.rejected.empty");
			}
			FileType type = FileTypeDetection.detect(incoming);
			String fileName = FileNames.forType(FileNames.clean(originalFileName), type);
			String key = UUID.randomUUID().toString();
			try (InputStream stored = Files.newInputStream(incoming)) {
				this.storage.put(key, stored, received.size());
			}
			StoredDocument document = new StoredDocument(UUID.randomUUID(), mechanismId, owner, visibility,
					institutions, fileName, type.mediaType(), received.size(), received.sha256(),
					this.clock.instant().truncatedTo(ChronoUnit.MICROS), uploader.actor());
			this.records.insert(document, key, uploader.userId());
			audit(uploader, document, "created");
			return document;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(incoming);
		}
	}

	@Transactional(readOnly = true)
	public List<StoredDocument> visibleOn(DocumentOwner owner, Viewer viewer) {
		return visibleOn(List.of(owner), viewer).getOrDefault(owner, List.of());
	}

	/**
	 * The visible documents of several records at once, oldest first; owners without any
	 * are left out.
	 */
	@Transactional(readOnly = true)
	public Map<DocumentOwner, List<StoredDocument>> visibleOn(Collection<DocumentOwner> owners, Viewer viewer) {
		Map<DocumentOwner, List<StoredDocument>> result = new LinkedHashMap<>();
		this.records.ofOwners(Set.copyOf(owners))
			.stream()
			.filter((d) -> maySee(d, viewer))
			.forEach((d) -> result.computeIfAbsent(d.owner(), (o) -> new java.util.ArrayList<>()).add(d));
		result.replaceAll((owner, list) -> List.copyOf(list));
		return result;
	}

	/**
	 * The document, when it exists and the viewer may see it; callers answer 404
	 * otherwise.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredDocument> visible(UUID id, Viewer viewer) {
		return this.records.find(id).filter((d) -> maySee(d, viewer));
	}

	/**
	 * Which of these documents exist and the viewer may see, by the same rule as
	 * {@link #visible}, read at once.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> visibleAmong(Collection<UUID> ids, Viewer viewer) {
		return this.records.findAll(ids)
			.stream()
			.filter((d) -> maySee(d, viewer))
			.map(StoredDocument::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** The document's bytes; the caller has checked that the viewer may see it. */
	@Transactional(readOnly = true)
	public InputStream open(StoredDocument document) {
		String key = this.records.storageKey(document.id()).orElseThrow(NotFoundException::new);
		try {
			return this.storage.get(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the viewer may remove the document: its uploader or the mechanism's
	 * secretariat.
	 */
	@Transactional(readOnly = true)
	public boolean canRemove(StoredDocument document, Viewer viewer) {
		return viewer != null && viewer.isAuthenticated() && maySee(document, viewer)
				&& !Library.OWNER_KIND.equals(document.owner().kind()) && (viewer.canManage(document.mechanismId())
						|| document.uploadedBy().equalsIgnoreCase(viewer.username()));
	}

	/**
	 * Removes a document and, once the transaction commits, its bytes.
	 * @throws NotFoundException when it does not exist or the viewer may not see it
	 * @throws ForbiddenException when the viewer may see but not remove it
	 */
	public void remove(UUID id, Viewer by) {
		StoredDocument document = visible(id, by).orElseThrow(NotFoundException::new);
		if (!canRemove(document, by)) {
			throw new ForbiddenException();
		}
		erase(document, by);
	}

	/** Removes a document, its preview and, once the transaction commits, their bytes. */
	void erase(StoredDocument document, Viewer by) {
		String key = this.records.storageKey(document.id()).orElseThrow(NotFoundException::new);
		Optional<String> preview = this.records.previewKey(document.id());
		this.records.delete(document.id());
		try {
			this.storage.delete(key);
			if (preview.isPresent()) {
				this.storage.delete(preview.get());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		audit(by, document, "deleted");
	}

	/**
	 * Every document of an owner, whoever may see them; for the module's own services.
	 */
	List<StoredDocument> allOf(DocumentOwner owner) {
		return this.records.ofOwners(List.of(owner));
	}

	/** Gives every file of an owner the owner's visibility. */
	void restrict(DocumentOwner owner, Visibility visibility, Set<UUID> institutions) {
		this.records.restrict(owner, visibility, institutions);
	}

	/** The size cap in bytes ({@code hamkori.files.max-size}). */
	public long maxSize() {
		return this.maxSize;
	}

	/** The {@code accept} hint for a file input. */
	public String acceptHint() {
		return FileType.acceptHint();
	}

	static boolean maySee(StoredDocument d, Viewer viewer) {
		return viewer.canSee(d.mechanismId(), d.visibility(), d.institutions());
	}

	private RuleViolation tooLarge() {
		return RuleViolation.of("documents.rejected.size", DataSize.ofBytes(this.maxSize).toMegabytes());
	}

	/**
	 * Copies the upload, stopping as soon as it passes the cap whatever size was
	 * declared.
	 */
	private Received receive(InputStream content, Path target) throws IOException {
		MessageDigest digest = sha256();
		long size = 0;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
				size += read;
				if (size > this.maxSize) {
					throw tooLarge();
				}
				out.write(buffer, 0, read);
			}
		}
		return new Received(size, HexFormat.of().formatHex(digest.digest()));
	}

	private void audit(Viewer viewer, StoredDocument d, String action) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("owner", d.owner().kind() + ":" + d.owner().id());
		facts.put("fileName", d.fileName());
		facts.put("mediaType", d.mediaType());
		facts.put("size", d.size());
		facts.put("sha256", d.sha256());
		facts.put("visibility", d.visibility());
		this.events.publishEvent(new RecordChanged(viewer.actor(), d.mechanismId(), "document", d.id(), action, facts));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file; the system's cleaning takes it
			}
		}
	}

	private record Received(long size, String sha256) {
	}

}
