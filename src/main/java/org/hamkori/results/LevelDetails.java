package org.hamkori.results;

import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import static org.hamkori.shared.text.Texts.blankToNull;

/** What an editor says about a result level; the programme comes from the address. */
public record LevelDetails(UUID parentId, ResultKind kind, String code, LocalizedText title) {

	public LevelDetails {
		code = blankToNull(code);
		code = (code != null) ? code.strip() : null;
	}

}
