package org.piishield.formats.redact;

/** TEMPORARY copy of the seam (SEAM.md); deleted when the seam lands on main. */
public record WithheldSpan(int start, int end, String type, String label) {}
