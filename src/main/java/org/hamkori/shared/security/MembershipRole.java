package org.hamkori.shared.security;

/**
 * What a person does in a coordination mechanism. Rights come from these roles, per
 * mechanism. A programme manager manages the programmes that the institution they
 * represent implements under the mechanism (finalising their progress reports), and is
 * otherwise a member.
 */
public enum MembershipRole {

	CHAIR, CO_CHAIR, SECRETARIAT, FOCAL_POINT, ALTERNATE, MEMBER, OBSERVER, PROGRAMME_MANAGER;

	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
