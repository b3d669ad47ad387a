/**
 * Issues a mechanism names, the recommendations it agrees on them, the policy changes
 * that answer them, and the loop between national and regional bodies: a CCM escalates an
 * issue to the RCM (only what is escalated becomes visible there), the RCM merges and
 * discusses escalated items and sends its recommendations back down, and each named CCM
 * must answer the incoming item, accepting it with actions or explaining why not. Every
 * step is kept as a timeline, so an issue's page shows its whole path from the meeting
 * that raised it to the policy change that closed it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: search", "shared :: rules", "shared",
		"shared :: audit", "shared :: digest", "shared :: i18n", "shared :: jdbc", "shared :: security",
		"shared :: text", "shared :: web", "directory", "meetings", "actions", "documents", "programmes" })
package org.hamkori.issues;
