package org.hamkori.statistics.analytics;

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
 * Renders the XHTML templates under {@code templates/statistics/analytics/pdf/} to PDF
 * with openhtmltopdf, as the meeting papers are: an engine of its own in XML mode, a JDK
 * parser that refuses any DOCTYPE, the bundled DejaVu Sans (Tajik, Kazakh, Kyrgyz and
 * Uzbek letters) from memory, and no address outside the document ever resolved. Charts
 * are drawn as plain blocks in the document, so no browser is involved.
 */
@Component
class BriefPdf {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final byte[] regular;

	private final byte[] bold;

	BriefPdf(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(BriefPdf.class.getClassLoader());
		resolver.setPrefix("templates/statistics/analytics/pdf/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.templates.setTemplateResolver(resolver);
		this.templates.setTemplateEngineMessageSource(messages);
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
	}

	byte[] render(String template, Locale locale, Map<String, Object> variables) {
		return pdf(this.templates.process(template, new Context(locale, variables)));
	}

	private byte[] pdf(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFont(() -> new ByteArrayInputStream(this.regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(this.bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useUriResolver((base, uri) -> null);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useHttpStreamImplementation(BriefPdf::refuse);
		builder.useProtocolsStreamImplementation(BriefPdf::refuse, "file", "jar", "ftp", "classpath");
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
		throw new IllegalStateException("The trends brief fetches nothing from outside the document");
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
			throw new IllegalStateException("The trends brief template is not well-formed XHTML", ex);
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
