/**
 * Analytics over the approved figures, filtered by the viewer's rights: series,
 * comparisons, derived indicators, dashboards and saved charts, exports, the public API
 * of figures, and the migration trends brief, which can be attached to a planned meeting
 * (hence the use of the meetings and documents modules; neither depends on this one).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: audit", "shared :: export",
		"shared :: i18n", "shared :: jdbc", "shared :: rules", "shared :: security", "shared :: text", "shared :: web",
		"directory", "indicators :: catalogue", "indicators :: periods", "meetings", "documents" })
package org.hamkori.analytics;
