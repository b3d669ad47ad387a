/**
 * A programme's results framework (decision 0035): impact, outcomes and outputs as a
 * tree, each with indicators that have a unit, a disaggregation, a baseline, targets per
 * year and country (or for the region) and actuals per period with their source. Where an
 * indicator is one of the catalogue's, its actuals are read from Hamkori's own approved
 * figures through {@link org.hamkori.analytics.Analytics}, filtered by the reader's
 * rights as every figure is; the SDG 10.7.2 score comes from the country's submitted
 * round of that year through {@link org.hamkori.sdg.Sdg1072Rounds}, under the rounds' own
 * rule of who may see them. The results table shows each indicator's actual against its
 * target with a traffic light and the trend. Everyone who may see the programme (through
 * {@link org.hamkori.programmes.Programmes}) reads its framework; those who may edit the
 * programme edit it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared :: rules", "shared", "shared :: audit", "shared :: search", "shared :: i18n",
				"shared :: security", "shared :: text", "shared :: web", "shared :: export", "directory", "programmes",
				"analytics", "indicators :: periods", "meetings", "issues", "sdg" })
package org.hamkori.results;
