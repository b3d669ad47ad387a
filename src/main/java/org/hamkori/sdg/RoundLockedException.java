package org.hamkori.sdg;

/** The round was submitted and can no longer be changed. */
public class RoundLockedException extends RuntimeException {

	public RoundLockedException() {
		super("sdg.locked");
	}

}
