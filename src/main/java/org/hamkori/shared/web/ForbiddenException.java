package org.hamkori.shared.web;

/** The viewer may see the record but not do this to it. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException() {
		super("forbidden");
	}

}
