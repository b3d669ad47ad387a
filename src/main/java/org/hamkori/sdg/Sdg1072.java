package org.hamkori.sdg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SDG 10.7.2 "well-managed migration policies": the 30-item self-assessment in six
 * domains of five items each, scored as the official method says. Items of domains 2–6
 * score yes = 1, no = 0; domain 1 (migrant rights) scores "yes regardless of status" = 1,
 * "only for regular status" = 0.5, no = 0; a missing answer counts as 0. A domain score
 * is (sum / 5) × 100; the overall score is the mean of the 30 items × 100. Bands: below
 * 40 requires further progress, 40 to under 80 partially meets, 80 to under 100 meets,
 * 100 fully meets.
 */
public final class Sdg1072 {

	public static final int DOMAINS = 6;

	public static final int ITEMS_PER_DOMAIN = 5;

	private Sdg1072() {
	}

	/** One answer; {@link #REGULAR_ONLY} exists only in domain 1. */
	public enum Answer {

		YES, REGULAR_ONLY, NO, MISSING

	}

	public enum Band {

		REQUIRES_FURTHER_PROGRESS, PARTIALLY_MEETS, MEETS, FULLY_MEETS;

		public String messageKey() {
			return "sdg1072.band." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** Domain scores (0–100, one per domain), the overall score and its band. */
	public record Result(List<Double> domainScores, double overall, Band band) {
	}

	/** The value of one answer to an item of a domain (1-based). */
	public static double value(int domain, Answer answer) {
		if (answer == null) {
			return 0;
		}
		return switch (answer) {
			case YES -> 1;
			case REGULAR_ONLY -> {
				if (domain != 1) {
					throw new IllegalArgumentException("\"Only for regular status\" is an answer of domain 1 only");
				}
				yield 0.5;
			}
			case NO, MISSING -> 0;
		};
	}

	/**
	 * Scores the 30 answers, in domain order (items 1–5 are domain 1, 6–10 domain 2, …);
	 * fewer answers count the rest as missing.
	 */
	public static Result score(List<Answer> answers) {
		if (answers.size() > DOMAINS * ITEMS_PER_DOMAIN) {
			throw new IllegalArgumentException("The self-assessment has 30 items, not " + answers.size());
		}
		List<Double> domains = new ArrayList<>();
		double total = 0;
		for (int d = 1; d <= DOMAINS; d++) {
			double sum = 0;
			for (int i = 0; i < ITEMS_PER_DOMAIN; i++) {
				int index = (d - 1) * ITEMS_PER_DOMAIN + i;
				sum += value(d, (index < answers.size()) ? answers.get(index) : Answer.MISSING);
			}
			domains.add(sum / ITEMS_PER_DOMAIN * 100);
			total += sum;
		}
		double overall = total / (DOMAINS * ITEMS_PER_DOMAIN) * 100;
		return new Result(domains, overall, band(overall));
	}

	public static Band band(double score) {
		if (score >= 100) {
			return Band.FULLY_MEETS;
		}
		if (score >= 80) {
			return Band.MEETS;
		}
		return (score >= 40) ? Band.PARTIALLY_MEETS : Band.REQUIRES_FURTHER_PROGRESS;
	}

}
