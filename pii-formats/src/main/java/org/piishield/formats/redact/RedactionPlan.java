package org.piishield.formats.redact;

import java.util.List;
import java.util.Map;

/** Stand-in for the coordinator's seam (replaced by main's version on merge). */
public record RedactionPlan(List<WithheldSpan> spans, Map<Integer, String> withheldPages) {}
