package org.hamkori.shared.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Renders XHTML templates of one folder to PDF with openhtmltopdf, for the modules that
 * print papers (the meeting papers, the migration trends brief). Each owner gets its own
 * Thymeleaf engine in XML mode, so the output is well-formed XHTML, with labels from the
 * application's messages in the locale asked for. The document is parsed by a JDK parser
 * that refuses any DOCTYPE; the font is the bundled DejaVu Sans, which covers the Tajik,
 * Kazakh, Kyrgyz and Uzbek letters the standard PDF fonts lack; and nothing outside the
 * document is ever fetched: no http, https, file or jar address is resolved, whatever a
 * template or a text may name.
 */
public final class XhtmlPdf {

	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

	/** The JDK's own sRGB profile, for the PDF/A output intent. */
	private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB)
		.getData();

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	/** Templates under {@code templates/<folder>/} ending in {@code .xhtml}. */
	public XhtmlPdf(String folder, MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(XhtmlPdf.class.getClassLoader());
		resolver.setPrefix("templates/" + folder + "/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.templates.setTemplateResolver(resolver);
		this.templates.setTemplateEngineMessageSource(messages);
	}

	/** The template rendered as XHTML, with labels in the given locale. */
	public String xhtml(String template, Locale locale, Map<String, Object> variables) {
		return this.templates.process(template, new Context(locale, variables));
	}

	/** The template as a PDF. */
	public byte[] render(String template, Locale locale, Map<String, Object> variables) {
		return pdf(xhtml(template, locale, variables));
	}

	/** XHTML as a PDF, fetching nothing from outside. */
	public static byte[] pdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useUriResolver((base, uri) -> null);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useHttpStreamImplementation(XhtmlPdf::refuse);
		builder.useProtocolsStreamImplementation(XhtmlPdf::refuse, "file", "jar", "ftp", "classpath");
		builder.withW3cDocument(parse(xhtml), "about:blank");
		builder.withProducer("Hamkori");
		// archival and accessible: PDF/A-2u (XMP metadata, an sRGB output intent, every
		// glyph mapped to Unicode) and PDF/UA-1 (tagged structure, /Lang, bookmarks)
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
		builder.usePdfUaAccessibility(true);
		builder.useColorProfile(SRGB);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static FSStream refuse(String uri) {
		throw new IllegalStateException("Printed papers fetch nothing from outside the document");
	}

	private static Document parse(String xhtml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalStateException("A paper template is not well-formed XHTML", ex);
		}
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled font " + path + " is missing", ex);
		}
	}

}
