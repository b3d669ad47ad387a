package org.hamkori.accounts;

import org.hamkori.shared.security.Viewer;

/**
 * A user to whom the weekly digest may be written: their viewer (current seats), the
 * address and name of their directory person, and the language to write in (the
 * account's, else the person's, else Russian).
 */
public record DigestReader(Viewer viewer, String email, String fullName, String language) {

}
