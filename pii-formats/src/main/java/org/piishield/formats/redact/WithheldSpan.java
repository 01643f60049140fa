package org.piishield.formats.redact;

/** Stand-in for the coordinator's seam (replaced by main's version on merge). */
public record WithheldSpan(int start, int end, String type, String label) {}
