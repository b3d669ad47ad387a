package org.hamkori.results;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * What the IATI export says of its publisher (decision 0035): the reporting organisation
 * (IOM by default, with its IATI organisation identifier, which also prefixes every
 * activity identifier), the funder (SDC, {@code CH-4}), the DAC 5-digit sector
 * ({@code 15190}, facilitation of orderly, safe, regular and responsible migration) and
 * the DAC region of a regional programme ({@code 619}, Central Asia, regional).
 */
@ConfigurationProperties("hamkori.iati")
public record IatiSettings(@DefaultValue("XM-DAC-47066") String reportingOrgRef,
		@DefaultValue("International Organization for Migration") String reportingOrgName,
		@DefaultValue("CH-4") String fundingOrgRef,
		@DefaultValue("Swiss Agency for Development and Cooperation") String fundingOrgName,
		@DefaultValue("15190") String sector, @DefaultValue("619") String region) {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(IatiSettings.class)
	static class Enable {

	}

}
