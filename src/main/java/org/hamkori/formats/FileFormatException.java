package org.hamkori.formats;

/**
 * A file that cannot be read as a whole: the message is a key of a message bundle (the
 * readers of this package use the dataformats bundle), shown with its arguments (for
 * example the line where the encoding broke).
 */
public class FileFormatException extends RuntimeException {

	private final transient Object[] arguments;

	public FileFormatException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	public FileFormatException(String messageKey, Throwable cause, Object... arguments) {
		super(messageKey, cause);
		this.arguments = arguments;
	}

	public String messageKey() {
		return getMessage();
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
