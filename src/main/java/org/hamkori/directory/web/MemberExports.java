package org.hamkori.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Kind;
import ezvcard.property.Organization;
import ezvcard.property.Revision;
import ezvcard.property.Uid;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.hamkori.directory.MemberList.Member;
import org.hamkori.shared.export.SpreadsheetCells;
import org.hamkori.shared.i18n.I18n;
import org.hamkori.shared.text.LineFolding;

import org.springframework.stereotype.Component;

/**
 * Writes a mechanism's member list as CSV (RFC 4180, UTF-8 with BOM so Excel reads
 * Cyrillic), XLSX and vCard 4.0. Cells are neutralised against formula injection. Hidden
 * contacts stay hidden: the rows arrive already filtered by the viewer's rights.
 */
@Component
class MemberExports {

	private final I18n i18n;

	MemberExports(I18n i18n) {
		this.i18n = i18n;
	}

	private List<String> header() {
		return List.of(this.i18n.message("membership.organisation"), this.i18n.message("organisation.acronym"),
				this.i18n.message("members.type"), this.i18n.message("person.name"),
				this.i18n.message("person.position"), this.i18n.message("members.role"),
				this.i18n.message("person.email"), this.i18n.message("person.phone"),
				this.i18n.message("membership.from"), this.i18n.message("membership.to"));
	}

	private List<String> cells(Member m, Locale locale) {
		return java.util.Arrays.asList(m.organisationName().in(locale), m.acronym(),
				this.i18n.message(m.organisationType().messageKey()), m.fullName(), m.position(),
				this.i18n.message(m.role().messageKey()), m.email(), m.phone(), String.valueOf(m.validFrom()),
				(m.validTo() != null) ? m.validTo().toString() : "");
	}

	/** The machine header of {@code ?header=codes}: the same columns, named in codes. */
	static final List<String> CODES = List.of("ORGANISATION", "ACRONYM", "ORGANISATION_TYPE", "PERSON", "POSITION",
			"ROLE", "EMAIL", "PHONE", "VALID_FROM", "VALID_TO");

	byte[] csv(List<Member> members, Locale locale) throws IOException {
		return csv(members, locale, false);
	}

	/**
	 * With {@code codes}, the header and the type and role columns are codes and there is
	 * no byte-order mark, so programs read the file the same whatever the language.
	 */
	byte[] csv(List<Member> members, Locale locale, boolean codes) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (!codes) {
			bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(codes ? CODES : header());
			for (Member m : members) {
				List<String> cells = cells(m, locale);
				if (codes) {
					cells.set(2, m.organisationType().name());
					cells.set(5, m.role().name());
				}
				printer.printRecord(cells.stream().map(SpreadsheetCells::text).toList());
			}
		}
		return bytes.toByteArray();
	}

	byte[] xlsx(List<Member> members, Locale locale, String sheetName) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			writeRow(sheet.createRow(0), header());
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			int index = 1;
			for (Member m : members) {
				Row row = sheet.createRow(index++);
				writeRow(row, cells(m, locale).subList(0, 8));
				dateCell(row, 8, m.validFrom(), date);
				dateCell(row, 9, m.validTo(), date);
			}
			sheet.createFreezePane(0, 1);
			for (int column = 0; column < header().size(); column++) {
				sheet.setColumnWidth(column, 24 * 256);
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
	}

	private static void dateCell(Row row, int column, java.time.LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private static void writeRow(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(SpreadsheetCells.text(values.get(i)));
		}
	}

	/**
	 * vCard 4.0 (RFC 6350), one card per person even when they hold several seats: FN and
	 * a structured N, UID as the person's URN, REV when the contact last changed, and TEL
	 * as a {@code tel:} URI when the number is international. ez-vcard folds by
	 * characters, so its folding is switched off and the lines are folded at 75 octets
	 * instead.
	 */
	String vcards(List<Member> members, Locale locale) {
		StringWriter out = new StringWriter();
		try (VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0)) {
			writer.setAddProdId(false);
			writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
			Set<UUID> written = new HashSet<>();
			for (Member m : members) {
				if (written.add(m.personId())) {
					writer.write(card(m, locale));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return LineFolding.fold(out.toString());
	}

	static VCard card(Member m, Locale locale) {
		VCard card = new VCard();
		card.setKind(Kind.individual());
		card.setUid(new Uid("urn:uuid:" + m.personId()));
		card.setFormattedName(m.fullName());
		card.setStructuredName(PersonNames.structured(m.fullName()));
		Organization organization = new Organization();
		organization.getValues().add(m.organisationName().in(locale));
		card.setOrganization(organization);
		if (m.position() != null) {
			card.addTitle(m.position());
		}
		if (m.email() != null) {
			card.addEmail(m.email());
		}
		if (m.phone() != null) {
			card.addTelephoneNumber(PersonNames.telephone(m.phone()));
		}
		if (m.personUpdatedAt() != null) {
			card.setRevision(new Revision(m.personUpdatedAt()));
		}
		return card;
	}

}
