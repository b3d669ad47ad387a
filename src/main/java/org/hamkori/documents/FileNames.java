package org.hamkori.documents;

import org.hamkori.shared.rules.RuleViolation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The user's file name as metadata: without path parts, control and invisible formatting
 * characters (such as the right-to-left override that disguises {@code exe} as
 * {@code pdf}), at most {@value #MAX_LENGTH} characters, and with an extension that
 * agrees with the detected content.
 */
final class FileNames {

	static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	static String clean(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder kept = new StringBuilder();
		name.codePoints()
			.filter((c) -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		name = kept.toString().strip();
		while (name.startsWith(".") || name.endsWith(".")) {
			name = (name.startsWith(".") ? name.substring(1) : name.substring(0, name.length() - 1)).strip();
		}
		if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
			String extension = extension(name).map((e) -> "." + e).orElse("");
			name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - extension.length())).strip() + extension;
		}
		return name;
	}

	/**
	 * The name to keep for content of the given type. A name whose extension is a known
	 * file type other than the content's is refused (a report saved under the wrong name,
	 * or a disguise); a name without a known extension gets the type's usual one.
	 */
	static String forType(String cleaned, FileType type) {
		String name = cleaned.isEmpty() ? "document" : cleaned;
		Optional<String> extension = extension(name);
		if (extension.isPresent() && type.extensions().contains(extension.get())) {
			return name;
		}
		Optional<String> named = extension.flatMap((e) -> FileTypeDetection.typeOfName(name));
		if (named.isPresent() && !named.get().equals(type.mediaType())) {
			throw RuleViolation.of("documents.rejected.extension", "." + extension.get(), type.name());
		}
		return name + "." + type.extensions().get(0);
	}

	static Optional<String> extension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0 || dot == name.length() - 1) {
			return Optional.empty();
		}
		return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

}
