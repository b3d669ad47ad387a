package org.hamkori;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * veraPDF, the PDF Association's validator, for the papers' tests: the rules of PDF/A-2u
 * and PDF/UA-1 a PDF fails, each as "profile clause-test message".
 */
public final class VeraPdf {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private VeraPdf() {
	}

	/** Failed rules of PDF/A-2u and of PDF/UA-1; empty when the file conforms to both. */
	public static List<String> failures(byte[] pdf) throws Exception {
		List<String> failures = new ArrayList<>(failedRules(pdf, PDFAFlavour.PDFA_2_U));
		failures.addAll(failedRules(pdf, PDFAFlavour.PDFUA_1));
		return failures;
	}

	public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			return validator.validate(parser)
				.getTestAssertions()
				.stream()
				.filter((a) -> a.getStatus() == TestAssertion.Status.FAILED)
				.map((a) -> flavour + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
						+ a.getMessage())
				.distinct()
				.toList();
		}
	}

}
