package org.hamkori.directory.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import org.junit.jupiter.api.Test;

import org.hamkori.directory.MemberList.Member;
import org.hamkori.directory.OrganisationType;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vCards as RFC 6350 asks: lines of at most 75 octets (Cyrillic counts two per letter), a
 * structured N in either of the region's name orders, a stable UID, REV when the contact
 * last changed, TEL as a {@code tel:} URI, and one card per person. The raw text is
 * checked line by line; the cards are then read back by ez-vcard's parser.
 */
class VCardStandardsTests {

	static final UUID PERSON = UUID.fromString("5f0e8b7a-3c55-4a55-9d7e-0b1f1c2d3e4f");

	static final Instant CHANGED = Instant.parse("2026-11-30T08:15:00Z");

	static final String LONG_TITLE = "Начальник управления валютного регулирования и статистики платёжного баланса";

	final MemberExports exports = new MemberExports(null);

	@Test
	void linesAreFoldedAtSeventyFiveOctetsAndNoCharacterIsSplit() {
		String vcf = this.exports.vcards(
				List.of(member(PERSON, "Шарипов Бахром Каримович", LONG_TITLE, "+992 (37) 221-00-00")),
				Locale.forLanguageTag("ru"));
		String[] lines = vcf.split("\r\n");
		assertThat(lines).allSatisfy(
				(line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
		assertThat(Arrays.stream(lines).filter((l) -> l.startsWith(" "))).as("a long title is folded").isNotEmpty();
		assertThat(vcf).endsWith("\r\n").doesNotContain("\uFFFD");
		VCard card = Ezvcard.parse(vcf).first();
		assertThat(card.getTitles().get(0).getValue()).isEqualTo(LONG_TITLE);
	}

	@Test
	void everyCardHasStructuredNameUidRevisionAndATelUri() {
		String vcf = this.exports
			.vcards(List.of(member(PERSON, "Шарипов Бахром Каримович", null, "+992 (37) 221-00-00")), Locale.ENGLISH);
		assertThat(vcf).contains("UID:urn:uuid:" + PERSON + "\r\n", "REV:20261130T081500Z\r\n",
				"TEL;VALUE=uri:tel:+992372210000\r\n", "KIND:individual\r\n");
		VCard card = Ezvcard.parse(vcf).first();
		assertThat(card.getStructuredName().getFamily()).isEqualTo("Шарипов");
		assertThat(card.getStructuredName().getGiven()).isEqualTo("Бахром");
		assertThat(card.getStructuredName().getAdditionalNames()).containsExactly("Каримович");
		assertThat(card.getUid().getValue()).isEqualTo("urn:uuid:" + PERSON);
		assertThat(card.getRevision().getValue()).isEqualTo(CHANGED);
		assertThat(card.getTelephoneNumbers().get(0).getUri().getNumber()).isEqualTo("+992372210000");
	}

	@Test
	void givenNameFirstIsReadAsGivenThenFamily() {
		VCard card = Ezvcard
			.parse(this.exports.vcards(List.of(member(PERSON, "Bahrom Sharipov", null, "221 00 00")), Locale.ENGLISH))
			.first();
		assertThat(card.getStructuredName().getFamily()).isEqualTo("Sharipov");
		assertThat(card.getStructuredName().getGiven()).isEqualTo("Bahrom");
		assertThat(card.getTelephoneNumbers().get(0).getText()).as("a local number stays text").isEqualTo("221 00 00");
	}

	@Test
	void aPersonWithTwoSeatsIsOneCard() {
		UUID other = UUID.randomUUID();
		String vcf = this.exports.vcards(List.of(member(PERSON, "Bahrom Sharipov", null, null),
				member(PERSON, "Bahrom Sharipov", null, null), member(other, "Aziza Karimova", null, null)),
				Locale.ENGLISH);
		assertThat(Ezvcard.parse(vcf).all()).extracting((c) -> c.getUid().getValue())
			.containsExactly("urn:uuid:" + PERSON, "urn:uuid:" + other);
	}

	static Member member(UUID person, String name, String position, String phone) {
		return new Member(UUID.randomUUID(), UUID.randomUUID(), LocalizedText.of("en", "National Bank of Tajikistan"),
				"NBT", OrganisationType.CENTRAL_BANK, person, name, position, "b.sharipov@nbt.example.tj", phone, "M",
				MembershipRole.FOCAL_POINT, LocalDate.of(2022, 11, 29), null, null, 0, true, CHANGED);
	}

}
