package org.hamkori.results.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.hamkori.results.LevelDetails;
import org.hamkori.results.ResultKind;
import org.hamkori.results.ResultLevel;
import org.hamkori.shared.i18n.LocalizedText;

/**
 * A result level as an editor types it: where it sits, its kind, code and title in
 * Russian and English (the languages the donor reports in); other languages of the title
 * are kept when it is edited.
 */
record LevelForm(UUID parentId, ResultKind kind, @Size(max = 20, message = "{validation.size.max}") String code,
		@Size(max = 500, message = "{validation.size.max}") String titleRu,
		@Size(max = 500, message = "{validation.size.max}") String titleEn, Long version) {

	static LevelForm empty(UUID parentId, ResultKind kind) {
		return new LevelForm(parentId, (kind != null) ? kind : ResultKind.OUTCOME, "", "", "", null);
	}

	static LevelForm of(ResultLevel level) {
		return new LevelForm(level.parentId(), level.kind(), level.code(), level.title().get("ru"),
				level.title().get("en"), level.version());
	}

	LevelDetails toDetails(LocalizedText existing) {
		return new LevelDetails(this.parentId, this.kind, this.code, text(this.titleRu, this.titleEn, existing));
	}

	LevelForm withVersion(Long newVersion) {
		return new LevelForm(this.parentId, this.kind, this.code, this.titleRu, this.titleEn, newVersion);
	}

	/** Russian and English as typed, the other languages as they were. */
	static LocalizedText text(String ru, String en, LocalizedText existing) {
		Map<String, String> values = new LinkedHashMap<>((existing != null) ? existing.values() : Map.of());
		values.put("ru", ru);
		values.put("en", en);
		values.values().removeIf((v) -> v == null || v.isBlank());
		return LocalizedText.of(values);
	}

	/** The form field that shows a service error about {@code field}. */
	static String formField(String field) {
		return switch (field) {
			case "title" -> "titleRu";
			case "name" -> "nameRu";
			default -> field;
		};
	}

}
