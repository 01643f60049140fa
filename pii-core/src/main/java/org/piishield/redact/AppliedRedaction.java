package org.piishield.redact;

import org.piishield.detect.EntityType;

/**
 * One span a {@link Redactor} acted on: its offsets in the input, the operator, the exemption code (or
 * null), the detection's score and recognizer, and where the replacement lies in the output
 * ({@code [outStart, outEnd)}). Never holds the original value.
 */
public record AppliedRedaction(int start, int end, EntityType type, String operator, String exemption,
    double score, String recognizer, int outStart, int outEnd) {}
