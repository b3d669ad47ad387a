package org.hamkori.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file the application accepts, as detected from their content. */
enum FileType {

	PDF("application/pdf", "pdf"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),

	ODT("application/vnd.oasis.opendocument.text", "odt"),

	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),

	PNG("image/png", "png"),

	JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),

	/** Plain text, always served as a download with its type not to be sniffed. */
	TXT("text/plain", "txt");

	private final String mediaType;

	private final List<String> extensions;

	FileType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	String mediaType() {
		return this.mediaType;
	}

	/** The extensions a file of this type may carry; the first is the usual one. */
	List<String> extensions() {
		return this.extensions;
	}

	static Optional<FileType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter((t) -> t.mediaType.equals(mediaType)).findFirst();
	}

	/** The {@code accept} hint of a file input: every extension and media type. */
	static String acceptHint() {
		StringBuilder hint = new StringBuilder();
		for (FileType type : values()) {
			type.extensions.forEach((e) -> hint.append('.').append(e).append(','));
			hint.append(type.mediaType).append(',');
		}
		return hint.substring(0, hint.length() - 1);
	}

}
