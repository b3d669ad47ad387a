/**
 * The public portal (decision 0041): what the programme and the five mechanisms are, who
 * sits in them (institutions, and people only by name and seat when they consented),
 * their key public figures with the day the data are as of, the score of their latest SDG
 * 10.7.2 self-assessment when public, their public meetings, decisions and
 * recommendations with the progress of their actions, the regional loop as it happened,
 * their public programmes, agreements and documents; a sitemap and Atom feeds. It owns
 * nothing: it reads only what the owning modules' front doors call public
 * ({@code MeetingPublication}, {@code LoopPublication}, and the anonymous viewer for the
 * rest), so a record the secretariat did not mark public never reaches it. Nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared :: i18n", "shared :: security", "shared :: web", "directory",
				"analytics :: public-figures", "meetings", "actions", "issues", "documents", "programmes", "sdg" })
package org.hamkori.portal;
