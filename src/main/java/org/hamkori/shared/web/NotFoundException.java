package org.hamkori.shared.web;

/**
 * The record does not exist, or the viewer may not know it exists. Both answer 404, so
 * that one country's members cannot probe for another's records.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("not found");
	}

}
