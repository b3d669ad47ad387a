package org.hamkori.meetings.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.hamkori.meetings.MeetingPapers;
import org.hamkori.meetings.MeetingPapers.Paper;
import org.hamkori.shared.security.Viewer;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A meeting's papers as downloads, for whoever may see the meeting (others get 404): the
 * minutes in one of their languages as PDF or DOCX, the meeting pack, and the attendance
 * list. Always attachments, never cached.
 */
@Controller
class MeetingPaperController {

	private final MeetingPapers papers;

	MeetingPaperController(MeetingPapers papers) {
		this.papers = papers;
	}

	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, @RequestParam(required = false) String lang, Viewer viewer,
			Locale locale) {
		return download(this.papers.minutesPdf(viewer, id, lang, locale));
	}

	@GetMapping("/meetings/{id}/minutes.docx")
	ResponseEntity<byte[]> minutesDocx(@PathVariable UUID id, @RequestParam(required = false) String lang,
			Viewer viewer, Locale locale) {
		return download(this.papers.minutesDocx(viewer, id, lang, locale));
	}

	@GetMapping("/meetings/{id}/pack.pdf")
	ResponseEntity<byte[]> pack(@PathVariable UUID id, Viewer viewer, Locale locale) {
		return download(this.papers.pack(viewer, id, locale));
	}

	@GetMapping("/meetings/{id}/attendance.xlsx")
	ResponseEntity<byte[]> attendance(@PathVariable UUID id, Viewer viewer, Locale locale) {
		return download(this.papers.attendanceList(viewer, id, locale));
	}

	private static ResponseEntity<byte[]> download(Paper paper) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(paper.contentType()))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(paper.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(paper.content());
	}

}
