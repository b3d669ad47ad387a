/**
 * The data exchange: data sets and the reporting obligations of organisations, imports of
 * figures (typed in a grid, uploaded as CSV, SDMX-CSV or Excel and read by the
 * {@code formats} module, or sent through the API) with their validation rules, the
 * submission and approval of each period's report, completeness and timeliness, the
 * reminders of reports due, and the demo story of the data exchange. Approved figures are
 * what the analytics module reads (from the database, not through this module's types).
 * Other modules see only the named interfaces {@code reminders} (the reminder event) and
 * {@code completeness}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: search", "shared :: rules", "shared",
		"shared :: audit", "shared :: i18n", "shared :: jdbc", "shared :: security", "shared :: settings",
		"shared :: text", "shared :: web", "directory", "indicators :: catalogue", "indicators :: periods", "formats" })
package org.hamkori.reporting;
