package org.hamkori.sdg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.hamkori.sdg.Sdg1072.Answer;
import org.hamkori.sdg.Sdg1072;

/**
 * The 30 items of the SDG 10.7.2 questionnaire, coded 1a to 6e as in the official
 * sub-categories: five per domain, in domain order. Their wording lives in the message
 * bundle ({@code sdg.item.1a} …), so a reworded item in a later round is a text change
 * only. Domain 1 is answered with yes regardless of status, yes only for migrants in
 * regular status, or no; domains 2 to 6 with yes or no.
 */
public final class Sdg1072Items {

	/** One item: its code, domain (1–6) and place in the 30 (0–29). */
	public record Item(String code, int domain, int index) {

		public String messageKey() {
			return "sdg.item." + this.code;
		}

		/** The answers this item offers, in the order the form shows them. */
		public List<Answer> choices() {
			return choicesOf(this.domain);
		}

		/**
		 * The label of an answer to this item: in domain 1 yes means regardless of
		 * status.
		 */
		public String answerKey(Answer answer) {
			return (this.domain == 1 && answer == Answer.YES) ? "sdg.answer.yes_any_status"
					: Sdg1072Items.answerKey(answer);
		}

		/** The label of an answer given by name (null or blank: not answered). */
		public String answerKey(String answer) {
			return (answer == null || answer.isBlank()) ? "sdg.answer.none" : answerKey(Answer.valueOf(answer));
		}

		public boolean accepts(Answer answer) {
			return choices().contains(answer);
		}

	}

	public static final List<Item> ALL;

	static {
		List<Item> items = new ArrayList<>();
		for (int d = 1; d <= Sdg1072.DOMAINS; d++) {
			for (int i = 0; i < Sdg1072.ITEMS_PER_DOMAIN; i++) {
				items.add(new Item(d + String.valueOf((char) ('a' + i)), d, items.size()));
			}
		}
		ALL = Collections.unmodifiableList(items);
	}

	private Sdg1072Items() {
	}

	public static Optional<Item> item(String code) {
		return ALL.stream().filter((i) -> i.code().equals(code)).findFirst();
	}

	/** The items of one domain (1–6). */
	public static List<Item> ofDomain(int domain) {
		return ALL.stream().filter((i) -> i.domain() == domain).toList();
	}

	public static List<Integer> domains() {
		List<Integer> domains = new ArrayList<>();
		for (int d = 1; d <= Sdg1072.DOMAINS; d++) {
			domains.add(d);
		}
		return domains;
	}

	public static List<Answer> choicesOf(int domain) {
		return (domain == 1) ? List.of(Answer.YES, Answer.REGULAR_ONLY, Answer.NO) : List.of(Answer.YES, Answer.NO);
	}

	/** The message key of an answer as the form names it. */
	public static String answerKey(Answer answer) {
		return "sdg.answer." + answer.name().toLowerCase(java.util.Locale.ROOT);
	}

}
