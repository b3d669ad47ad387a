package org.hamkori.shared.web;

/** Someone else changed the record since it was read (optimistic locking). */
public class ConflictException extends RuntimeException {

	public ConflictException() {
		super("conflict");
	}

}
