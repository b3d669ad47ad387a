/**
 * "My work", a person's start page after signing in (decision 0038): across all the
 * mechanisms they sit in, the meetings they were invited to and have not answered, their
 * institution's open actions (overdue first), the data reports their institution owes,
 * the circulated minutes still open for their comments, the regional items waiting for
 * their mechanism's answer (for the RCM's secretariat, the escalated issues waiting to be
 * taken up), and what changed since their last visit. It owns nothing but the time of
 * each account's visits; everything else it reads through the front doors of the modules
 * that own the records, with the viewer's rights, so it never shows, counts or names a
 * record the viewer may not see. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: i18n", "shared :: security",
		"shared :: web", "directory", "meetings", "actions", "issues", "reporting :: completeness" })
package org.hamkori.workspace;
