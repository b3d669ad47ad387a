package org.hamkori.documents;

import org.hamkori.shared.rules.RuleViolation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its bytes alone. Tika's magic numbers recognise PDF, PNG and
 * JPEG; Office Open XML and OpenDocument files are zip packages, which tika-core alone
 * cannot tell apart, so the package is opened (its central directory only) and the main
 * part's content type read from {@code [Content_Types].xml}, or the {@code mimetype}
 * entry of an OpenDocument file. Only those two small entries are ever inflated, and at
 * most {@value #SMALL_ENTRY_LIMIT} bytes of them, so a zip bomb costs nothing.
 * Macro-enabled Office files have other main types and are refused with everything else.
 * Plain text is what Tika's magic calls {@code text/plain}: HTML, XML and SVG have magic
 * of their own and stay refused; a text file is only ever served as a download.
 */
final class FileTypeDetection {

	static final int SMALL_ENTRY_LIMIT = 1024 * 1024;

	private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

	private static final String OOXML_MAIN = "application/vnd.openxmlformats-officedocument.";

	private FileTypeDetection() {
	}

	/**
	 * The file's type, or an {@link RuleViolation} when it is none we accept.
	 */
	static FileType detect(Path file) throws IOException {
		MediaType magic;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			magic = TYPES.detect(in, new Metadata());
		}
		String type = magic.getBaseType().toString();
		Optional<FileType> direct = FileType.ofMediaType(type);
		if (direct.isPresent() && (direct.get() == FileType.PDF || direct.get() == FileType.PNG
				|| direct.get() == FileType.JPEG || direct.get() == FileType.TXT)) {
			return direct.get();
		}
		if (type.equals("application/zip") || type.equals("application/x-tika-ooxml")
				|| type.startsWith("application/vnd.openxmlformats") || type.startsWith("application/vnd.oasis")) {
			return inspectPackage(file).orElseThrow(FileTypeDetection::notAllowed);
		}
		throw notAllowed();
	}

	/**
	 * The type a file name's extension stands for, when it is a known one, from Tika's
	 * name patterns.
	 */
	static Optional<String> typeOfName(String fileName) {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try {
			MediaType byName = TYPES.detect(null, metadata);
			return byName.equals(MediaType.OCTET_STREAM) ? Optional.empty()
					: Optional.of(byName.getBaseType().toString());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	static RuleViolation notAllowed() {
		return RuleViolation.of("documents.rejected.type");
	}

	private static Optional<FileType> inspectPackage(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String mimetype = small(zip, "mimetype").map(String::strip).orElse("");
			if (mimetype.equals(FileType.ODT.mediaType())) {
				return Optional.of(FileType.ODT);
			}
			if (mimetype.equals(FileType.ODS.mediaType())) {
				return Optional.of(FileType.ODS);
			}
			String contentTypes = small(zip, "[Content_Types].xml").orElse("");
			if (contentTypes.contains("vbaProject")) {
				return Optional.empty();
			}
			if (contentTypes.contains(OOXML_MAIN + "wordprocessingml.document.main+xml")) {
				return Optional.of(FileType.DOCX);
			}
			if (contentTypes.contains(OOXML_MAIN + "spreadsheetml.sheet.main+xml")) {
				return Optional.of(FileType.XLSX);
			}
			if (contentTypes.contains(OOXML_MAIN + "presentationml.presentation.main+xml")) {
				return Optional.of(FileType.PPTX);
			}
			return Optional.empty();
		}
		catch (ZipException ex) {
			return Optional.empty();
		}
	}

	/**
	 * An entry's text, when it exists and is small; never inflates more than the limit.
	 */
	private static Optional<String> small(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null || entry.isDirectory()) {
			return Optional.empty();
		}
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes(SMALL_ENTRY_LIMIT + 1);
			return (bytes.length > SMALL_ENTRY_LIMIT) ? Optional.empty()
					: Optional.of(new String(bytes, StandardCharsets.UTF_8));
		}
	}

}
