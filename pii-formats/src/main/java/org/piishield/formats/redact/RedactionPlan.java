package org.piishield.formats.redact;

import java.util.List;
import java.util.Map;

/** TEMPORARY copy of the seam (SEAM.md); deleted when the seam lands on main. */
public record RedactionPlan(List<WithheldSpan> spans, Map<Integer, String> withheldPages) {}
