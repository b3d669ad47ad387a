package org.hamkori.sdg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.sdg.Sdg1072.Answer;
import org.hamkori.shared.DemoData;
import org.hamkori.shared.DemoMode;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SDG 10.7.2 demo rounds: Tajikistan's 2025 round, submitted, and Kyrgyzstan's 2025 round
 * as a draft with a few items still open. The answers are illustrative, not the
 * countries' official submissions. Loaded once, into an empty table, in demo mode,
 * through the same service as real rounds under a demo secretariat name.
 */
@Component
@Order(62)
class Sdg1072DemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(Sdg1072DemoData.class);

	static final int YEAR = 2025;

	/** Acts for the secretariats in the demo, so the history reads like a real one. */
	private static final Viewer DEMO = new Viewer(UUID.randomUUID(), "demo.secretariat", null, true, List.of());

	private final DemoMode demo;

	private final Directory directory;

	private final Sdg1072Rounds rounds;

	private final JdbcClient jdbc;

	Sdg1072DemoData(DemoMode demo, Directory directory, Sdg1072Rounds rounds, JdbcClient jdbc) {
		this.demo = demo;
		this.directory = directory;
		this.rounds = rounds;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void load() {
		if (!this.demo.isEnabled() || this.directory.mechanism("CCM-TJ").isEmpty()
				|| this.jdbc.sql("select count(*) from sdg_round").query(Long.class).single() > 0) {
			return;
		}
		UUID tj = this.directory.mechanismOrThrow("CCM-TJ").id();
		Sdg1072Round tajikistan = this.rounds.create(tj, YEAR, Visibility.MEMBERS, DEMO);
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		for (Sdg1072Items.Item item : Sdg1072Items.ALL) {
			answers.put(item.code(), new ItemAnswer(item.code(), Answer.YES, null));
		}
		put(answers, "1a", Answer.YES, "Emergency care for everyone under the health code.");
		put(answers, "1d", Answer.REGULAR_ONLY, "Pension and benefits for residents with permits only.");
		put(answers, "1e", Answer.REGULAR_ONLY, null);
		put(answers, "2d", Answer.NO, "Gender review of the migration strategy planned for 2026.");
		put(answers, "3c", Answer.NO, null);
		put(answers, "5b", Answer.NO, null);
		put(answers, "6a", Answer.NO, "Overstays are recorded at exit only.");
		Sdg1072Round saved = this.rounds.save(tajikistan.id(), answers, tajikistan.version(), DEMO);
		this.rounds.submit(saved.id(), saved.version(), DEMO);

		UUID kg = this.directory.mechanismOrThrow("CCM-KG").id();
		Sdg1072Round kyrgyzstan = this.rounds.create(kg, YEAR, Visibility.MEMBERS, DEMO);
		Map<String, ItemAnswer> draft = new LinkedHashMap<>();
		for (Sdg1072Items.Item item : Sdg1072Items.ALL) {
			if (item.domain() <= 3) {
				draft.put(item.code(),
						new ItemAnswer(item.code(), (item.domain() == 1) ? Answer.REGULAR_ONLY : Answer.YES, null));
			}
		}
		put(draft, "2e", Answer.NO, "Data-sharing agreement with the statistics committee under negotiation.");
		this.rounds.save(kyrgyzstan.id(), draft, kyrgyzstan.version(), DEMO);
		log.info("Demo SDG 10.7.2 rounds loaded: CCM-TJ {} submitted, CCM-KG {} draft", YEAR, YEAR);
	}

	private static void put(Map<String, ItemAnswer> answers, String item, Answer answer, String comment) {
		answers.put(item, new ItemAnswer(item, answer, comment));
	}

}
