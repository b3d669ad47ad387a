/**
 * Part of the shared kernel, a named interface of module shared.
 */
@org.springframework.modulith.NamedInterface("jdbc")
package org.hamkori.shared.jdbc;
