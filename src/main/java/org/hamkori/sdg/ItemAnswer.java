package org.hamkori.sdg;

import org.hamkori.sdg.Sdg1072.Answer;

/**
 * The answer to one item (null when not answered yet) and an optional comment or source.
 */
public record ItemAnswer(String item, Answer answer, String comment) {

	public boolean isEmpty() {
		return this.answer == null && (this.comment == null || this.comment.isBlank());
	}

	public String answerName() {
		return (this.answer != null) ? this.answer.name() : "";
	}

}
