package org.hamkori.portal.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.hamkori.directory.Mechanism;
import org.hamkori.portal.PublicPortal;
import org.hamkori.portal.PublicPortal.DecisionView;
import org.hamkori.portal.PublicPortal.MeetingView;
import org.hamkori.shared.i18n.I18n;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal for machines: {@code /sitemap.xml} (every public page, absolute addresses)
 * and Atom feeds (RFC 4287) of each mechanism's public decisions and meetings, written
 * with the JDK's StAX writer so every text is escaped by the writer, never by hand.
 */
@Controller
class PortalFeeds {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private final PublicPortal portal;

	private final I18n i18n;

	PortalFeeds(PublicPortal portal, I18n i18n) {
		this.portal = portal;
		this.i18n = i18n;
	}

	/** The paths of every public page. */
	List<String> publicPages() {
		List<String> pages = new ArrayList<>(List.of("/", "/public/accountability"));
		for (Mechanism m : this.portal.mechanisms()) {
			pages.add("/public/" + m.code());
			this.portal.meetings(m).forEach((x) -> pages.add("/public/meetings/" + x.meeting().id()));
			this.portal.decisions(m).forEach((d) -> pages.add("/public/decisions/" + d.decision().decision().id()));
			this.portal.recommendations(m)
				.forEach((r) -> pages.add("/public/recommendations/" + r.recommendation().recommendation().id()));
		}
		return pages;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() throws XMLStreamException {
		String base = base();
		byte[] body = write((xml) -> {
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(SITEMAP_NS);
			for (String page : publicPages()) {
				xml.writeStartElement("url");
				element(xml, "loc", base + page);
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
		return ResponseEntity.ok().contentType(XML).body(body);
	}

	/** One entry of a feed: the page's path, its title, when it changed, a summary. */
	private record Entry(String path, String title, Instant updated, String summary) {
	}

	@GetMapping("/public/{code}/decisions.atom")
	ResponseEntity<byte[]> decisions(@PathVariable String code) throws XMLStreamException {
		Mechanism m = this.portal.mechanism(code).orElseThrow(NotFoundException::new);
		List<Entry> entries = this.portal.decisions(m)
			.stream()
			.map((DecisionView d) -> new Entry("/public/decisions/" + d.decision().decision().id(),
					d.decision().number(), d.decision().decision().createdAt(),
					this.i18n.text(d.decision().decision().text())))
			.toList();
		return atom(m, "decisions", this.i18n.message("portal.feed.decisions", this.i18n.text(m.name())), entries);
	}

	@GetMapping("/public/{code}/meetings.atom")
	ResponseEntity<byte[]> meetings(@PathVariable String code) throws XMLStreamException {
		Mechanism m = this.portal.mechanism(code).orElseThrow(NotFoundException::new);
		List<Entry> entries = this.portal.meetings(m).stream().map((MeetingView x) -> {
			String when = x.meeting().startsLocal().toLocalDate().toString();
			String where = (x.meeting().venue() != null) ? x.meeting().venue() : "";
			return new Entry("/public/meetings/" + x.meeting().id(), x.code() + " · " + when, changed(x),
					(when + " " + where).strip());
		}).toList();
		return atom(m, "meetings", this.i18n.message("portal.feed.meetings", this.i18n.text(m.name())), entries);
	}

	private ResponseEntity<byte[]> atom(Mechanism m, String name, String title, List<Entry> entries)
			throws XMLStreamException {
		String base = base();
		Instant updated = entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
		byte[] body = write((xml) -> {
			feed(xml, base + "/public/" + m.code() + "/" + name + ".atom", title, updated,
					base + "/public/" + m.code());
			for (Entry e : entries) {
				entry(xml, base + e.path(), e.title(), e.updated(), e.summary());
			}
			xml.writeEndElement();
		});
		return ResponseEntity.ok().contentType(ATOM).body(body);
	}

	private static Instant changed(MeetingView x) {
		return (x.meeting().updatedAt() != null) ? x.meeting().updatedAt() : x.meeting().createdAt();
	}

	private static void feed(XMLStreamWriter xml, String self, String title, Instant updated, String page)
			throws XMLStreamException {
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM_NS);
		element(xml, "id", self);
		element(xml, "title", title);
		element(xml, "updated", time(updated));
		link(xml, "self", self);
		link(xml, "alternate", page);
		xml.writeStartElement("author");
		element(xml, "name", "Hamkori");
		xml.writeEndElement();
	}

	private static void entry(XMLStreamWriter xml, String url, String title, Instant updated, String summary)
			throws XMLStreamException {
		xml.writeStartElement("entry");
		element(xml, "id", url);
		element(xml, "title", title);
		element(xml, "updated", time(updated));
		link(xml, "alternate", url);
		element(xml, "summary", summary);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static byte[] write(Body body) throws XMLStreamException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		body.write(xml);
		xml.writeEndDocument();
		xml.close();
		return out.toByteArray();
	}

}
