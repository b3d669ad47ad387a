/**
 * Part of the shared kernel, a named interface of module shared.
 */
@org.springframework.modulith.NamedInterface("scheduling")
package org.hamkori.shared.scheduling;
