package org.hamkori.directory;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A country by its ISO 3166-1 codes, named in the six interface languages. Reference
 * data.
 */
@Table("country")
public record Country(@Id String code, String alpha3, LocalizedText name) {
}
