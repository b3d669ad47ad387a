/**
 * The one way a module refuses a step its rules do not allow: {@link RuleViolation},
 * carrying message keys, and {@link RuleErrors}, which puts them on a form's
 * {@code BindingResult}.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.hamkori.shared.rules;
