package org.hamkori.directory;

import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A coordination mechanism: a national one ({@code CCM-KZ}, {@code CCM-KG},
 * {@code CCM-TJ}, {@code CCM-UZ}) belongs to one country; the regional one ({@code RCM})
 * sits above all four. Its code is stable across instances so that national and regional
 * deployments can exchange data without renumbering.
 */
@Table("mechanism")
public record Mechanism(@Id UUID id, String code, String countryCode, boolean regional, LocalizedText name,
		String timeZone, Integer quorum, @Version Integer version) {

	public static final String REGIONAL_CODE = "RCM";

}
