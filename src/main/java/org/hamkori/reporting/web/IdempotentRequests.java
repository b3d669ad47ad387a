package org.hamkori.reporting.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first answer to each {@code Idempotency-Key} of a user, so that a client that
 * retries a request (values or a file) gets that answer back instead of running it again.
 * A key is the caller's: the same key with another body is a mistake the caller hears of.
 * Answers are kept in {@code data_import_request}.
 */
@Component
class IdempotentRequests {

	/** The longest key a client may send. */
	static final int MAX_KEY = 200;

	/** The longest answer kept as it was; a longer one is kept as its summary. */
	static final int MAX_ANSWER = 8000;

	/** Writes answers as the web layer does, problem details flat. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotentRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What became of a key before: nothing, the same request, or another one. */
	sealed interface Earlier {

	}

	/** The key is new. */
	record None() implements Earlier {
	}

	/** The same request was answered: its answer, to give again. */
	record Same(ResponseEntity<String> answer) implements Earlier {
	}

	/** The key was used for another request. */
	record Other() implements Earlier {
	}

	static boolean validKey(String key) {
		return !key.isBlank() && key.length() <= MAX_KEY;
	}

	/**
	 * What the key answered before.
	 * @param hash SHA-256 of the request as the endpoint defines it
	 * @param problemType the content type of an answer of status 400 or more
	 */
	Earlier earlier(UUID user, String key, String hash, MediaType problemType) {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select body_hash, status_code, response from data_import_request where user_id = ?
				and idempotency_key = ?""").params(user, key).query().listOfRows();
		if (rows.isEmpty()) {
			return new None();
		}
		Map<String, Object> first = rows.get(0);
		if (!hash.equals(first.get("body_hash"))) {
			return new Other();
		}
		int status = ((Number) first.get("status_code")).intValue();
		return new Same(ResponseEntity.status(status)
			.contentType((status >= 400) ? problemType : MediaType.APPLICATION_JSON)
			.header("Idempotent-Replayed", "true")
			.body((String) first.get("response")));
	}

	/**
	 * Keeps an answer under its key; a concurrent retry that kept its answer first wins.
	 * @param summary the answer to keep when the full one is longer than
	 * {@value #MAX_ANSWER} characters
	 */
	void remember(UUID user, String key, String hash, int status, Object answer, Optional<Object> summary) {
		String full = (answer instanceof String text) ? text : JSON.writeValueAsString(answer);
		String kept = (full.length() <= MAX_ANSWER) ? full
				: summary.map((s) -> (s instanceof String text) ? text : JSON.writeValueAsString(s)).orElse(null);
		if (kept == null || kept.length() > MAX_ANSWER) {
			return;
		}
		try {
			this.jdbc.sql("""
					insert into data_import_request (idempotency_key, user_id, body_hash, status_code, response,
					created_at) values (?, ?, ?, ?, ?, ?)""")
				.params(key, user, hash, status, kept, OffsetDateTime.now(this.clock))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// a concurrent retry kept its answer first; the import changed nothing twice
		}
	}

}
