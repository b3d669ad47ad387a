/**
 * Part of the shared kernel, a named interface of module shared.
 */
@org.springframework.modulith.NamedInterface("export")
package org.hamkori.shared.export;
