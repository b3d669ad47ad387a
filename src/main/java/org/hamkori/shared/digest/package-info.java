/**
 * The weekly digest's extension point: feature modules implement
 * {@link org.hamkori.shared.digest.DigestSource} as beans, and the notifications module
 * gathers their {@link org.hamkori.shared.digest.DigestItem lines} into one e-mail per
 * reader and week.
 */
@org.springframework.modulith.NamedInterface("digest")
package org.hamkori.shared.digest;
