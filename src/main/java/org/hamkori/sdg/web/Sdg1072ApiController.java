package org.hamkori.sdg.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.sdg.ItemAnswer;
import org.hamkori.sdg.RoundScore;
import org.hamkori.sdg.RoundStatus;
import org.hamkori.sdg.Sdg1072.Band;
import org.hamkori.sdg.Sdg1072Items;
import org.hamkori.sdg.Sdg1072Round;
import org.hamkori.sdg.Sdg1072Rounds;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mechanism's SDG 10.7.2 rounds with their scores, for machine clients, filtered
 * exactly as the pages are: drafts for members only, submitted rounds also for regional
 * readers, 404 for everyone else.
 */
@RestController
@Tag(name = "SDG 10.7.2", description = "Self-assessment rounds of well-managed migration policies and their scores")
class Sdg1072ApiController {

	private final Sdg1072Rounds rounds;

	private final Directory directory;

	Sdg1072ApiController(Sdg1072Rounds rounds, Directory directory) {
		this.rounds = rounds;
		this.directory = directory;
	}

	/** One answer: the official answer name (null when missing) and the comment. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "Sdg1072AnswerView")
	record AnswerView(@Nullable String answer, @Nullable String comment) {
	}

	/** One round with its scores in percent (0–100) and the items still missing. */
	record RoundView(String mechanism, int year, RoundStatus status, Visibility visibility,
			@Nullable Instant submittedAt, Map<String, Double> domains, double overall, @Nullable Band band,
			List<String> missing, Map<String, AnswerView> answers, long version) {
	}

	@GetMapping("/api/v1/mechanisms/{code}/sdg-10-7-2")
	@Operation(summary = "SDG 10.7.2 rounds of a national mechanism the caller may see, latest year first; "
			+ "domain scores keyed 1 to 6")
	List<RoundView> rounds(@Parameter(description = "Mechanism code, e.g. CCM-TJ") @PathVariable String code,
			Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (mechanism.regional() || !this.rounds.canOpenList(mechanism, viewer)) {
			throw new NotFoundException();
		}
		return this.rounds.ofMechanism(mechanism.id(), viewer).stream().map((r) -> view(mechanism, r)).toList();
	}

	private static RoundView view(Mechanism mechanism, Sdg1072Round round) {
		RoundScore score = round.score();
		Map<String, Double> domains = new LinkedHashMap<>();
		for (int d : Sdg1072Items.domains()) {
			domains.put(String.valueOf(d), score.domain(d));
		}
		Map<String, AnswerView> answers = new LinkedHashMap<>();
		for (Sdg1072Items.Item item : Sdg1072Items.ALL) {
			ItemAnswer answer = round.answer(item.code());
			answers.put(item.code(),
					new AnswerView((answer.answer() != null) ? answer.answer().name() : null, answer.comment()));
		}
		return new RoundView(mechanism.code(), round.year(), round.status(), round.visibility(), round.submittedAt(),
				domains, score.overall(), score.band(), score.missing(), answers, round.version());
	}

}
