/**
 * Part of the shared kernel, a named interface of module shared.
 */
@org.springframework.modulith.NamedInterface("i18n")
package org.hamkori.shared.i18n;
