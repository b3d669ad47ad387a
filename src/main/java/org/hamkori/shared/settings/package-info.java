/**
 * Hamkori's settings: one record bound from {@code hamkori.*}.
 */
@org.springframework.modulith.NamedInterface("settings")
package org.hamkori.shared.settings;
