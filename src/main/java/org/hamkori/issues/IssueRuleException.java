package org.hamkori.issues;

/**
 * A step the issue rules do not allow (escalating twice, closing without a reason,
 * linking a record the user cannot see). Carries a message key for the user's language
 * and, where it concerns one field, its name. Nothing is stored when it is thrown.
 */
public class IssueRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public IssueRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
