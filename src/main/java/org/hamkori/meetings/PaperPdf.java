package org.hamkori.meetings;

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

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns the XHTML templates under {@code templates/meetings/papers/} into PDF with
 * openhtmltopdf. The templates are rendered by their own Thymeleaf engine in XML mode (so
 * the output is well-formed XHTML), with labels from the application's messages in the
 * locale asked for, which need not be the reader's. The document is parsed by a JDK
 * parser that refuses any DOCTYPE, the font is the bundled DejaVu Sans (it covers the
 * Tajik, Kazakh, Kyrgyz and Uzbek letters that PDF's standard fonts lack), and nothing
 * outside the document is ever fetched: no http, https, file or jar address is resolved,
 * whatever a template or a text may name.
 */
@Component
class PaperPdf {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final byte[] regular;

	private final byte[] bold;

	PaperPdf(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PaperPdf.class.getClassLoader());
		resolver.setPrefix("templates/meetings/papers/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.templates.setTemplateResolver(resolver);
		this.templates.setTemplateEngineMessageSource(messages);
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
	}

	/** The template rendered as XHTML, with labels in the given locale. */
	String xhtml(String template, Locale locale, Map<String, Object> variables) {
		return this.templates.process(template, new Context(locale, variables));
	}

	/** The template as a PDF. */
	byte[] render(String template, Locale locale, Map<String, Object> variables) {
		return pdf(xhtml(template, locale, variables));
	}

	/** XHTML as a PDF, fetching nothing from outside. */
	byte[] pdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFont(() -> new ByteArrayInputStream(this.regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(this.bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useUriResolver((base, uri) -> null);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useHttpStreamImplementation(PaperPdf::refuse);
		builder.useProtocolsStreamImplementation(PaperPdf::refuse, "file", "jar", "ftp", "classpath");
		builder.withW3cDocument(parse(xhtml), "about:blank");
		builder.withProducer("Hamkori");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static com.openhtmltopdf.extend.FSStream refuse(String uri) {
		throw new IllegalStateException("Meeting papers fetch nothing from outside the document");
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
			throw new IllegalStateException("A meeting paper template is not well-formed XHTML", ex);
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
