package org.hamkori.documents;

import org.hamkori.shared.rules.RuleViolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Types are told by content alone: real files of each accepted kind pass, and
 * executables, HTML, SVG and plain zips are refused whatever they are called; plain text
 * is text. File names are cleaned and must agree with the content.
 */
class DocumentsFileTypeTests {

	@TempDir
	Path folder;

	@Test
	void realFilesOfEachAcceptedKindAreRecognised() throws IOException {
		assertThat(detect(SampleFiles.pdf())).isEqualTo(FileType.PDF);
		assertThat(detect(SampleFiles.docx())).isEqualTo(FileType.DOCX);
		assertThat(detect(SampleFiles.xlsx())).isEqualTo(FileType.XLSX);
		assertThat(detect(SampleFiles.pptx())).isEqualTo(FileType.PPTX);
		assertThat(detect(SampleFiles.png())).isEqualTo(FileType.PNG);
		assertThat(detect(SampleFiles.jpeg())).isEqualTo(FileType.JPEG);
		assertThat(detect("Справка о переводах\nHisobot dar borai muhojirat\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(FileType.TXT);
	}

	@Test
	void executablesHtmlSvgAndPlainZipsAreRefused() {
		for (byte[] content : new byte[][] { SampleFiles.exe(), SampleFiles.elf(), SampleFiles.html(),
				SampleFiles.svg(), SampleFiles.zip() }) {
			assertThatThrownBy(() -> detect(content)).isInstanceOf(RuleViolation.class)
				.extracting((ex) -> ((RuleViolation) ex).messageKey())
				.isEqualTo("documents.rejected.type");
		}
	}

	@Test
	void namesLoseTheirPathsAndInvisibleCharacters() {
		assertThat(FileNames.clean("C:\\Users\\rustam\\Minutes.pdf")).isEqualTo("Minutes.pdf");
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.clean("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
		assertThat(FileNames.clean("line\r\nbreak\u0000.pdf")).isEqualTo("linebreak.pdf");
		assertThat(FileNames.clean("  .hidden.pdf. ")).isEqualTo("hidden.pdf");
		assertThat(FileNames.clean("a".repeat(300) + ".docx")).hasSize(FileNames.MAX_LENGTH).endsWith(".docx");
	}

	@Test
	void theExtensionMustAgreeWithTheContentOrIsAdded() {
		assertThat(FileNames.forType("Протокол.PDF", FileType.PDF)).isEqualTo("Протокол.PDF");
		assertThat(FileNames.forType("photo.jpeg", FileType.JPEG)).isEqualTo("photo.jpeg");
		assertThat(FileNames.forType("Minutes 12.03.2026", FileType.PDF)).isEqualTo("Minutes 12.03.2026.pdf");
		assertThat(FileNames.forType("", FileType.XLSX)).isEqualTo("document.xlsx");
		assertThatThrownBy(() -> FileNames.forType("minutes.pdf", FileType.DOCX)).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).arguments())
			.isEqualTo(new Object[] { ".pdf", "DOCX" });
		assertThatThrownBy(() -> FileNames.forType("setup.exe", FileType.PDF)).isInstanceOf(RuleViolation.class);
	}

	private FileType detect(byte[] content) throws IOException {
		Path file = Files.createTempFile(this.folder, "sample", ".bin");
		Files.write(file, content);
		return FileTypeDetection.detect(file);
	}

}
