package org.piishield.formats.mail;

/**
 * One header field of a message or body part, its value unfolded and RFC 2047 decoded.
 *
 * <p>{@code From: =?UTF-8?Q?Jos=C3=A9_P=C3=A9rez?= <jp@example.org>} is {@code new MailHeader("From",
 * "José Pérez <jp@example.org>")}.
 */
record MailHeader(String name, String value) {}
