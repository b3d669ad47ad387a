package org.hamkori.sdg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hamkori.sdg.Sdg1072.Answer;
import org.hamkori.sdg.Sdg1072.Band;
import org.hamkori.sdg.Sdg1072;

/**
 * The official score of a set of answers: domain scores and the overall score in percent,
 * the band, and the items still missing (each counted as 0).
 */
public record RoundScore(List<Double> domainScores, double overall, Band band, List<String> missing) {

	public static RoundScore of(Map<String, ItemAnswer> answers) {
		List<Answer> ordered = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Sdg1072Items.Item item : Sdg1072Items.ALL) {
			ItemAnswer answer = answers.get(item.code());
			if (answer == null || answer.answer() == null) {
				ordered.add(Answer.MISSING);
				missing.add(item.code());
			}
			else {
				ordered.add(answer.answer());
			}
		}
		Sdg1072.Result result = Sdg1072.score(ordered);
		return new RoundScore(result.domainScores(), result.overall(), result.band(), List.copyOf(missing));
	}

	/** The score of a domain (1–6). */
	public double domain(int domain) {
		return this.domainScores.get(domain - 1);
	}

	/** A percentage as shown: whole numbers without decimals, else one decimal. */
	public static String percent(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return (rounded == Math.rint(rounded)) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

	public String overallPercent() {
		return percent(this.overall);
	}

	public String domainPercent(int domain) {
		return percent(domain(domain));
	}

}
