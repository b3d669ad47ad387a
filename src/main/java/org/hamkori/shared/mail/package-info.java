/**
 * The port through which a module sends one plain e-mail it wrote itself, such as a link
 * to set a password: the notifications module implements it over SMTP, so the sender need
 * not depend on that module (decision 0040).
 */
@org.springframework.modulith.NamedInterface("mail")
package org.hamkori.shared.mail;
