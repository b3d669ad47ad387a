/**
 * The small kernel every module may use: multilingual text, the viewer's identity and
 * rights as seen by a request, the audit event, i18n helpers and the web shell (layout,
 * errors, headers). It holds no feature logic and must not become a catch-all.
 */
@org.springframework.modulith.ApplicationModule
package org.hamkori.shared;
