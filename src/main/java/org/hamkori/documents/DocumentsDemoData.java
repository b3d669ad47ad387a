package org.hamkori.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.DemoData;
import org.hamkori.shared.DemoMode;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tajik mechanism's terms of reference as a public library document, so the public
 * portal can link a body's mandate (decision 0041). Added through {@link Library} as the
 * secretariat would, once, in demo mode, after the directory and the meetings.
 */
@Component
@Order(45)
class DocumentsDemoData implements DemoData {

	static final String TOR_TITLE = "Terms of reference of the Coordination Mechanism on Labour Migration (Tajikistan)";

	private final DemoMode demo;

	private final Directory directory;

	private final Library library;

	private final LibraryRecords records;

	DocumentsDemoData(DemoMode demo, Directory directory, Library library, LibraryRecords records) {
		this.demo = demo;
		this.directory = directory;
		this.library = library;
		this.records = records;
	}

	@Override
	@Transactional
	public void load() {
		Mechanism tj = this.directory.mechanism("CCM-TJ").orElse(null);
		if (!this.demo.isEnabled() || tj == null
				|| this.records.ofMechanism(tj.id())
					.stream()
					.anyMatch((d) -> d.category() == LibraryCategory.TERMS_OF_REFERENCE)) {
			return;
		}
		Viewer secretariat = new Viewer(UUID.randomUUID(), "secretariat.tj", null, false,
				List.of(new Viewer.Seat(tj.id(), tj.code(), false, MembershipRole.SECRETARIAT)));
		byte[] pdf = pdf(TOR_TITLE, "Mandate: to coordinate the State's labour-migration policy with the institutions,",
				"partners and civil society that sit in the mechanism, to follow its decisions up,",
				"and to report to the regional mechanism.");
		this.library.create(tj.id(),
				new LibraryDetails(LibraryCategory.TERMS_OF_REFERENCE, TOR_TITLE,
						"The mandate, membership and working methods the founding meeting adopted.", List.of(),
						List.of(), Visibility.PUBLIC, Set.of(), List.of()),
				"en", "ccm-tj-terms-of-reference.pdf", pdf.length, new ByteArrayInputStream(pdf), secretariat);
	}

	/** A one-page PDF with a title and a few lines, written by PDFBox. */
	static byte[] pdf(String title, String... lines) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 13);
				content.newLineAtOffset(50, 780);
				content.showText(title);
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				for (String line : lines) {
					content.newLineAtOffset(0, -20);
					content.showText(line);
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
