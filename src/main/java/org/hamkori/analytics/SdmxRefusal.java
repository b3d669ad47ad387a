package org.hamkori.analytics;

import java.util.List;

/**
 * An SDMX request Hamkori does not answer, with the status it gets (400 for a malformed
 * key or filter, 404 for an unknown artefact or no data, 406 for a format Hamkori does
 * not write, 501 for a feature of the standard it does not offer) and the message key of
 * the problem document's detail.
 */
public class SdmxRefusal extends RuntimeException {

	private final int status;

	private final String key;

	private final List<Object> arguments;

	public SdmxRefusal(int status, String key, Object... arguments) {
		super(key, null, false, false);
		this.status = status;
		this.key = key;
		this.arguments = List.of(arguments);
	}

	public int status() {
		return this.status;
	}

	public String key() {
		return this.key;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

	static SdmxRefusal badRequest(String key, Object... arguments) {
		return new SdmxRefusal(400, key, arguments);
	}

	static SdmxRefusal notFound(String key, Object... arguments) {
		return new SdmxRefusal(404, key, arguments);
	}

	static SdmxRefusal notImplemented(String what) {
		return new SdmxRefusal(501, "sdmx.not-implemented", what);
	}

}
