/**
 * Part of the shared kernel, a named interface of module shared.
 */
@org.springframework.modulith.NamedInterface("text")
package org.hamkori.shared.text;
