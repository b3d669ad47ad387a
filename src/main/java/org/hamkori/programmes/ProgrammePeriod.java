package org.hamkori.programmes;

import java.time.LocalDate;

/**
 * When a programme runs, as other modules see it (a workplan's timeline): its start and
 * its end, which may be open (null).
 */
public record ProgrammePeriod(LocalDate start, LocalDate end) {

}
