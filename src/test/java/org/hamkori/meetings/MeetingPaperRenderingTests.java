package org.hamkori.meetings;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PDF renderer on its own: whatever a document names (images, style sheets, fonts on
 * a server or on disk), nothing is fetched, and a document with a DOCTYPE (the door to
 * external entities) is refused.
 */
class MeetingPaperRenderingTests {

	@TempDir
	Path dir;

	@Test
	void nothingOutsideTheDocumentIsFetched() throws Exception {
		AtomicInteger hits = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			hits.incrementAndGet();
			byte[] body = "body { color: red }".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			Path local = Files.writeString(this.dir.resolve("style.css"), "body { color: blue }");
			String xhtml = """
					<html xmlns="http://www.w3.org/1999/xhtml"><head>
					<link rel="stylesheet" type="text/css" href="%1$s/style.css"/>
					<link rel="stylesheet" type="text/css" href="%2$s"/>
					<style>@import url("%1$s/import.css"); @font-face { font-family: X; src: url("%1$s/font.ttf"); }
					body { font-family: 'DejaVu Sans'; background-image: url("%1$s/background.png"); }</style>
					</head><body><p>Ҳисобот қ ғ ә ө ү ұ ң ʻ</p><img src="%1$s/image.png"/><img src="%2$s"/></body></html>
					"""
				.formatted(base, local.toUri());
			byte[] pdf = new PaperPdf(new StaticMessageSource()).pdf(xhtml);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("Ҳисобот қ ғ ә ө ү ұ ң ʻ");
			}
			assertThat(hits.get()).isZero();
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void aDoctypeIsRefused() {
		String xhtml = """
				<?xml version="1.0"?>
				<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&secret;</p></body></html>
				""";
		assertThatThrownBy(() -> new PaperPdf(new StaticMessageSource()).pdf(xhtml))
			.isInstanceOf(IllegalStateException.class);
	}

}
