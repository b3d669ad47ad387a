package org.hamkori.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamkori.documents.DocumentsTestSupport.CCM_TJ;
import static org.hamkori.documents.DocumentsTestSupport.newMeeting;
import static org.hamkori.documents.DocumentsTestSupport.secretariatTj;
import static org.hamkori.documents.DocumentsTestSupport.upload;

/**
 * Uploads through the service as the meetings and actions modules make them: real files
 * are kept byte for byte under a random name and audited; empty, oversized and disguised
 * files are refused and leave nothing behind, nor does a failed insert.
 */
@HamkoriWebTest
class DocumentsUploadTests {

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Value("${hamkori.data-dir}/files")
	Path files;

	@Test
	void realFilesAreKeptByteForByteAndAudited() throws Exception {
		for (byte[] content : List.of(SampleFiles.pdf(), SampleFiles.docx(), SampleFiles.xlsx(), SampleFiles.png())) {
			DocumentOwner owner = newMeeting();
			StoredDocument d = upload(this.documents, owner, Visibility.MEMBERS, Set.of(), "file", content);
			assertThat(d.size()).isEqualTo(content.length);
			assertThat(d.sha256()).isEqualTo(sha256(content));
			try (InputStream in = this.documents.open(d)) {
				assertThat(sha256(in.readAllBytes())).isEqualTo(d.sha256());
			}
			assertThat(this.documents.visibleOn(owner, secretariatTj())).containsExactly(d);
			assertThat(this.jdbc
				.sql("select count(*) from audit_entry where record_id = ? and action = 'created' and actor = ?")
				.params(d.id(), "secretariat.tj")
				.query(Integer.class)
				.single()).isOne();
		}
	}

	@Test
	void theStoredFileIsNeverNamedAfterTheUsersFile() throws IOException {
		StoredDocument d = upload(this.documents, newMeeting(), Visibility.MEMBERS, Set.of(),
				"C:\\Users\\Rustam\\Протокол заседания.pdf", SampleFiles.pdf());
		assertThat(d.fileName()).isEqualTo("Протокол заседания.pdf");
		String key = this.jdbc.sql("select storage_key from document where id = ?")
			.param(d.id())
			.query(String.class)
			.single();
		assertThat(UUID.fromString(key).toString()).isEqualTo(key);
		try (Stream<Path> all = Files.walk(this.files)) {
			List<String> names = all.map((p) -> p.getFileName().toString()).toList();
			assertThat(names).contains(key).noneMatch((n) -> n.contains("Протокол") || n.contains(".pdf"));
		}
	}

	@Test
	void emptyOversizedAndDisguisedFilesAreRefusedAndNothingIsKept() throws IOException {
		long rows = documentRows();
		long stored = storedFiles();
		assertRejected("empty.pdf", new byte[0], 0, "documents.rejected.empty");
		assertRejected("evil.pdf", SampleFiles.exe(), SampleFiles.exe().length, "documents.rejected.type");
		assertRejected("evil.pdf", SampleFiles.elf(), SampleFiles.elf().length, "documents.rejected.type");
		assertRejected("page.html", SampleFiles.html(), SampleFiles.html().length, "documents.rejected.type");
		assertRejected("logo.png", SampleFiles.svg(), SampleFiles.svg().length, "documents.rejected.type");
		assertRejected("minutes.pdf", SampleFiles.docx(), SampleFiles.docx().length, "documents.rejected.extension");
		assertThatThrownBy(() -> this.documents.upload(newMeeting(), CCM_TJ, Visibility.MEMBERS, Set.of(), "big.pdf",
				2L * 1024 * 1024 * 1024, new ByteArrayInputStream(SampleFiles.pdf()), secretariatTj()))
			.isInstanceOf(RuleViolation.class)
			.satisfies((ex) -> assertThat(((RuleViolation) ex).arguments()).containsExactly(20L));
		// a declared size that lies: the stream is cut off at the cap
		assertThatThrownBy(() -> this.documents.upload(newMeeting(), CCM_TJ, Visibility.MEMBERS, Set.of(), "big.pdf",
				1000, new Zeros(this.documents.maxSize() + 1), secretariatTj()))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("documents.rejected.size");
		assertThat(documentRows()).isEqualTo(rows);
		assertThat(storedFiles()).isEqualTo(stored);
	}

	@Test
	void aFailedInsertLeavesNoFileBehind() throws IOException {
		long stored = storedFiles();
		assertThatThrownBy(() -> this.documents.upload(newMeeting(), UUID.randomUUID(), Visibility.MEMBERS, Set.of(),
				"orphan.pdf", 10, new ByteArrayInputStream(SampleFiles.pdf()), secretariatTj()))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(storedFiles()).isEqualTo(stored);
	}

	@Test
	void anonymousViewersCannotUpload() {
		assertThatThrownBy(() -> this.documents.upload(newMeeting(), CCM_TJ, Visibility.PUBLIC, Set.of(), "a.pdf", 10,
				new ByteArrayInputStream(SampleFiles.pdf()), Viewer.anonymous()))
			.isInstanceOf(org.hamkori.shared.web.ForbiddenException.class);
	}

	private void assertRejected(String name, byte[] content, long declared, String key) {
		assertThatThrownBy(() -> this.documents.upload(newMeeting(), CCM_TJ, Visibility.MEMBERS, Set.of(), name,
				declared, new ByteArrayInputStream(content), secretariatTj()))
			.as(name)
			.isInstanceOf(RuleViolation.class)
			.hasMessage(key);
	}

	private long documentRows() {
		return this.jdbc.sql("select count(*) from document").query(Long.class).single();
	}

	private long storedFiles() throws IOException {
		try (Stream<Path> all = Files.walk(this.files)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	/** Zeros without end, as a client sending more than it declared. */
	static final class Zeros extends InputStream {

		private long left;

		Zeros(long length) {
			this.left = length;
		}

		@Override
		public int read() {
			return (this.left-- > 0) ? 0 : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.left <= 0) {
				return -1;
			}
			int n = (int) Math.min(len, this.left);
			java.util.Arrays.fill(b, off, off + n, (byte) 0);
			this.left -= n;
			return n;
		}

	}

}
