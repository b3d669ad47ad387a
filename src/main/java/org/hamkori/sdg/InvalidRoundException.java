package org.hamkori.sdg;

import java.util.List;

/**
 * Input that cannot be stored; each problem names a message key and, if any, the item.
 */
public class InvalidRoundException extends RuntimeException {

	/** One problem: a message key and the item it concerns (null for the whole round). */
	public record Problem(String key, String item) {
	}

	private final List<Problem> problems;

	public InvalidRoundException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvalidRoundException(String key) {
		this(List.of(new Problem(key, null)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
