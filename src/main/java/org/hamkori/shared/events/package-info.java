/**
 * Part of the shared kernel, a named interface of module shared.
 */
@org.springframework.modulith.NamedInterface("events")
package org.hamkori.shared.events;
