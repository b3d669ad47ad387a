package org.hamkori.reporting;

import java.time.LocalDate;

/**
 * Where an international reference series comes from: the publisher's series name (World
 * Bank WDI, UN DESA, ILOSTAT, IMF), the address it was read from, and the day it was
 * retrieved, so that a reader can find the same figures again.
 */
public record ReferenceSource(String name, String url, LocalDate retrieved) {
}
