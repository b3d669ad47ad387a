package org.hamkori.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.MemberList;
import org.hamkori.directory.MemberList.Filter;
import org.hamkori.directory.MemberList.Member;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of a mechanism's current members, filtered by the viewer's rights like the
 * page itself.
 */
@Controller
class MemberExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType VCARD = MediaType.parseMediaType("text/vcard;charset=UTF-8");

	private final Directory directory;

	private final MemberList memberList;

	private final MemberExports exports;

	MemberExportController(Directory directory, MemberList memberList, MemberExports exports) {
		this.directory = directory;
		this.memberList = memberList;
		this.exports = exports;
	}

	@GetMapping("/mechanisms/{code}/members.csv")
	ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(required = false) String header, Viewer viewer,
			Locale locale) throws IOException {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		return download(this.exports.csv(members(viewer, mechanism), locale, "codes".equalsIgnoreCase(header)),
				MediaType.parseMediaType("text/csv;charset=UTF-8"), mechanism.code() + "-members.csv");
	}

	@GetMapping("/mechanisms/{code}/members.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String code, Viewer viewer, Locale locale) throws IOException {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		return download(this.exports.xlsx(members(viewer, mechanism), locale, mechanism.code()), XLSX,
				mechanism.code() + "-members.xlsx");
	}

	@GetMapping("/mechanisms/{code}/members.vcf")
	ResponseEntity<byte[]> vcards(@PathVariable String code, Viewer viewer, Locale locale) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		List<Member> visible = members(viewer, mechanism).stream().filter(Member::contactsVisible).toList();
		return download(this.exports.vcards(visible, locale).getBytes(StandardCharsets.UTF_8), VCARD,
				mechanism.code() + "-contacts.vcf");
	}

	@GetMapping("/people/{id}/vcard")
	ResponseEntity<byte[]> personCard(@PathVariable UUID id, Viewer viewer, Locale locale) {
		List<Member> seats = this.directory.mechanisms()
			.stream()
			.filter((m) -> this.directory.currentMechanismsOf(id).contains(m.id()))
			.flatMap((m) -> members(viewer, m).stream())
			.filter((m) -> m.personId().equals(id) && m.contactsVisible())
			.toList();
		if (seats.isEmpty()) {
			throw new NotFoundException();
		}
		return download(this.exports.vcards(List.of(seats.get(0)), locale).getBytes(StandardCharsets.UTF_8), VCARD,
				"contact.vcf");
	}

	private List<Member> members(Viewer viewer, Mechanism mechanism) {
		return this.memberList.members(viewer, mechanism, Filter.none());
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
