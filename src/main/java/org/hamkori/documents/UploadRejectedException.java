package org.hamkori.documents;

/**
 * An upload that was not stored, with the reason as a message key of the documents bundle
 * and its arguments, for the calling module to show in the user's language. Nothing of a
 * rejected upload is kept.
 */
public class UploadRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public UploadRejectedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
