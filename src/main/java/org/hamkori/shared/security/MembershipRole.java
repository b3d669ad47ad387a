package org.hamkori.shared.security;

/**
 * What a person does in a coordination mechanism. Rights come from these roles, per
 * mechanism.
 */
public enum MembershipRole {

	CHAIR, CO_CHAIR, SECRETARIAT, FOCAL_POINT, ALTERNATE, MEMBER, OBSERVER;

	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
