package org.hamkori.programmes;

import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

/**
 * A programme as other modules reference it (an issue or an action that concerns it):
 * enough to name and link it, obtained only through {@link Programmes}, which checks that
 * the viewer may see it.
 */
public record ProgrammeRef(UUID id, UUID mechanismId, LocalizedText title, UUID implementerId) {

}
