package org.hamkori.meetings;

/**
 * A request the meeting rules do not allow, such as announcing a meeting in the past or
 * editing adopted minutes. Carries a message key for the user's language and, where it
 * concerns one form field, the field's name. Nothing is stored when it is thrown.
 */
public class MeetingRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public MeetingRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
