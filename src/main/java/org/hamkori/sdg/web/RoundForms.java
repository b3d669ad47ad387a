package org.hamkori.sdg.web;

import java.util.Map;

import org.hamkori.shared.security.Visibility;

/**
 * The forms of the SDG 10.7.2 pages: each carries only what a person may set. Answers and
 * comments arrive keyed by item code ({@code answers[1a]}, {@code comments[1a]}); the
 * version stays text so that a mangled one is a stale version, not an error page.
 */
final class RoundForms {

	private RoundForms() {
	}

	/** A new round: its year and who may read it. */
	record Start(Integer year, Visibility visibility) {
	}

	/** A round's answers and comments as typed, the version read, and save or review. */
	record Answers(Map<String, String> answers, Map<String, String> comments, String version, String intent) {

		Map<String, String> answerValues() {
			return (this.answers != null) ? this.answers : Map.of();
		}

		Map<String, String> commentValues() {
			return (this.comments != null) ? this.comments : Map.of();
		}

	}

	/** The version of the round the confirmation showed. */
	record Submit(String version) {
	}

}
