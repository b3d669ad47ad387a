package org.hamkori.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Organization;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.hamkori.directory.MemberList.Member;
import org.hamkori.shared.export.SpreadsheetCells;
import org.hamkori.shared.i18n.I18n;

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

	byte[] csv(List<Member> members, Locale locale) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(header());
			for (Member m : members) {
				printer.printRecord(cells(m, locale).stream().map(SpreadsheetCells::text).toList());
			}
		}
		return bytes.toByteArray();
	}

	byte[] xlsx(List<Member> members, Locale locale, String sheetName) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			writeRow(sheet.createRow(0), header());
			int index = 1;
			for (Member m : members) {
				writeRow(sheet.createRow(index++), cells(m, locale));
			}
			sheet.createFreezePane(0, 1);
			for (int column = 0; column < header().size(); column++) {
				sheet.setColumnWidth(column, 24 * 256);
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
	}

	private static void writeRow(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(SpreadsheetCells.text(values.get(i)));
		}
	}

	String vcards(List<Member> members, Locale locale) {
		List<VCard> cards = members.stream().map((m) -> card(m, locale)).toList();
		return Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
	}

	static VCard card(Member m, Locale locale) {
		VCard card = new VCard();
		card.setFormattedName(m.fullName());
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
			card.addTelephoneNumber(m.phone());
		}
		return card;
	}

}
