package org.hamkori.results;

import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One level of a programme's results chain (an impact, an outcome or an output), with its
 * code ("1", "1.2") and title; {@code parentId} is the level above, null at the top.
 */
@Table("result_level")
public record ResultLevel(@Id UUID id, UUID programmeId, UUID parentId, ResultKind kind, String code,
		LocalizedText title, @Version Long version) {

}
