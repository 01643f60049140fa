/**
 * Detection contracts: {@link org.piishield.detect.Recognizer}s report spans of an
 * {@link org.piishield.detect.EntityType} to a {@link org.piishield.detect.DetectionSink} while scanning a
 * tokenised {@link org.piishield.detect.ScanContext}; context phrases move scores.
 */
package org.piishield.detect;
