package org.hamkori.issues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A law, decree, regulation or procedure adopted: the end of the chain, answering
 * recommendations.
 */
@Table("policy_change")
public record PolicyChange(@Id UUID id, UUID mechanismId, Kind kind, LocalizedText title, String referenceNumber,
		LocalDate adoptedOn, String issuingBody, String link, String createdBy, Instant createdAt) {

	public enum Kind {

		LAW, DECREE, REGULATION, PROCEDURE;

		public String messageKey() {
			return "policy.kind." + name().toLowerCase(Locale.ROOT);
		}

	}

}
