/**
 * Programmes and partnerships: who does what and where. Each mechanism keeps a register
 * of the programmes in its country (the RCM of regional ones): who implements and who
 * funds them, on which themes, in which regions, for which period and with what budget
 * band; and the memoranda of understanding, agreements and letters of intent between
 * organisations, linked to the programmes they serve. This is the founding meeting's
 * second agenda item, "strategic partnerships and interaction with other programmes and
 * stakeholders in the country", made into a shared register.
 * <p>
 * The mechanism's secretariat records and edits; each record carries a
 * {@link org.hamkori.shared.security.Visibility}: public ones are open to anyone,
 * members-only ones to the mechanism's members (others get 404), restricted ones to the
 * secretariat. A programme's status (planned, running, ended) is derived from its dates.
 * Other modules reference programmes through {@link org.hamkori.programmes.Programmes}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared :: search", "shared :: rules", "shared", "shared :: audit", "shared :: i18n",
				"shared :: jdbc", "shared :: security", "shared :: text", "shared :: web", "directory" })
package org.hamkori.programmes;
