/**
 * The meeting cycle of a mechanism: plan, invite, hold, minute, adopt. Meetings are
 * numbered per mechanism and type ({@code CCM-TJ/1}), keep their venue's time zone, carry
 * an ordered agenda with a standing follow-up item, invitations answered by link, the
 * attendance register with its quorum, bilingual minutes with a circulate-and-adopt
 * workflow, and numbered decisions ({@code CCM-TJ/1/D3}) from which institution-owned
 * actions are created in the actions module. Meetings are members-only content of their
 * mechanism; the notifications module turns this module's events into e-mails.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared :: search", "shared :: rules", "shared", "shared :: audit", "shared :: digest",
				"shared :: export", "shared :: i18n", "shared :: jdbc", "shared :: security", "shared :: settings",
				"shared :: text", "shared :: web", "directory", "actions", "documents" })
package org.hamkori.meetings;
