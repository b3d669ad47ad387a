/**
 * Users, credentials, API tokens, sessions, the security filter chains and the audit
 * trail. A user is linked to a directory person, and their rights in each mechanism come
 * from that person's current memberships; platform admin is a separate flag. The URL
 * rules for the whole application live here in one place ({@code SecurityConfiguration});
 * services carry the fine-grained checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: audit", "shared :: i18n",
		"shared :: security", "shared :: settings", "shared :: web", "shared :: mail", "shared :: rules", "directory" })
package org.hamkori.accounts;
