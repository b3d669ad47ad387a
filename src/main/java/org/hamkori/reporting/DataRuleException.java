package org.hamkori.reporting;

/**
 * A step the data-exchange rules do not allow (importing into an approved period without
 * a revision, submitting with errors, approving one's own figures). Carries a message key
 * of the statistics bundle and its arguments; nothing is stored when it is thrown.
 */
public class DataRuleException extends RuntimeException {

	private final transient Object[] arguments;

	public DataRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	public String messageKey() {
		return getMessage();
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
