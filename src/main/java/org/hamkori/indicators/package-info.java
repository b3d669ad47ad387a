/**
 * The indicator catalogue: the standard labour-migration and SDG indicators with their
 * definitions, units, periodicity, aggregation, allowed disaggregations and sources; the
 * seven dimensions a figure may be broken down by and their code lists (sex, age, ISO
 * 3166-1 alpha-3 countries, ISIC Rev.4 sections, ISCO-08 major groups, education, ILO
 * migrant categories); and the reporting periods. The catalogue is public. It knows
 * nothing of who reports figures or how they are analysed. Other modules use it through
 * two named interfaces: {@code catalogue} (indicators, dimensions, code lists) and
 * {@code periods}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared :: search", "shared :: i18n", "shared :: jdbc", "shared :: web",
				"shared :: security", "shared :: rules", "shared :: audit", "shared :: text", "directory" })
package org.hamkori.indicators;
