/**
 * Who is who: countries, the five coordination mechanisms (four national, one regional),
 * the organisations that sit in them, the people who represent those organisations, and
 * memberships with their roles and dates. A membership is never overwritten when someone
 * changes: it is ended and a new one begins, so the history of each body's composition
 * stays readable.
 * <p>
 * The composition of a mechanism is public; a person's contact details are shown only to
 * those the {@link org.hamkori.shared.security.Viewer} rules allow.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared :: search", "shared", "shared :: audit", "shared :: export", "shared :: i18n",
				"shared :: jdbc", "shared :: security", "shared :: text", "shared :: web" })
package org.hamkori.directory;
