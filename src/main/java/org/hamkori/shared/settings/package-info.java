/**
 * Hamkori's settings: one record bound from {@code hamkori.*}.
 */
package org.hamkori.shared.settings;
