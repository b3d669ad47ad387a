/**
 * Part of the shared kernel, a named interface of module shared.
 */
@org.springframework.modulith.NamedInterface("security")
package org.hamkori.shared.security;
