package org.hamkori.shared.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import org.hamkori.HamkoriWebTest;
import org.hamkori.VeraPdf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The trends brief is archival and accessible: veraPDF finds no failed rule of PDF/A-2u
 * nor of PDF/UA-1, in English and in Tajik. (The minutes and the meeting pack are checked
 * in {@code MeetingPaperTests}.) A plain PDF fails both, so the check can fail.
 */
@HamkoriWebTest
class ArchivalPdfTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theTrendsBriefPassesPdfA2uAndPdfUa1() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String lang : List.of("en", "tg")) {
			MvcTestResult result = this.mvc.get()
				.uri("/mechanisms/CCM-TJ/trends-brief.pdf?lang=" + lang)
				.with(as("secretariat.tj"))
				.exchange();
			assertThat(result).hasStatusOk();
			VeraPdf.failures(result.getResponse().getContentAsByteArray()).forEach((f) -> failures.add(lang + " " + f));
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void veraPdfFindsWhatAPlainPdfLacks() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument plain = new PDDocument()) {
			plain.addPage(new PDPage());
			plain.save(out);
		}
		assertThat(VeraPdf.failedRules(out.toByteArray(), PDFAFlavour.PDFA_2_U)).isNotEmpty();
		assertThat(VeraPdf.failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
	}

}
