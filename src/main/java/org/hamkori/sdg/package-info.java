/**
 * The SDG 10.7.2 self-assessment of migration policies: the 30 items in six domains,
 * rounds a mechanism answers, reviews and locks, their official scores and bands, and the
 * comparison of rounds over time.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: rules", "shared", "shared :: audit",
		"shared :: security", "shared :: text", "shared :: web", "directory" })
package org.hamkori.sdg;
