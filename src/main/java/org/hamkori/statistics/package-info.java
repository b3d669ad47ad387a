/**
 * Migration statistics. For now the indicator catalogue — the standard labour-migration
 * and SDG indicators with their definitions, units, periodicity, aggregation, allowed
 * disaggregations and sources, and the dimensions' code lists (sex, age, ISO 3166-1
 * alpha-3 countries, ISIC Rev.4 sections, ISCO-08 major groups, education, ILO migrant
 * categories) — and the SDG 10.7.2 self-assessment scoring. The catalogue is public.
 * Analytics read the approved figures for charts, dashboards, exports, the API and the
 * migration trends brief, which can be attached to a planned meeting (hence the use of
 * the meetings and documents modules; neither depends on this one).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "directory", "meetings", "documents" })
package org.hamkori.statistics;
