package org.hamkori.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity of a programme's workplan, under one of its outputs: in a country or the
 * region, the organisation responsible, its period, its status (with the reason when
 * postponed or cancelled) and an optional budget line, with its amount in a currency (ISO
 * 4217) when known.
 */
@Table("workplan_activity")
public record Activity(@Id UUID id, UUID programmeId, UUID outputId, String code, LocalizedText title, String area,
		UUID responsibleId, LocalDate startDate, LocalDate endDate, ActivityStatus status, String statusReason,
		String budgetLine, BigDecimal budgetAmount, String budgetCurrency, @Version Long version) {

}
