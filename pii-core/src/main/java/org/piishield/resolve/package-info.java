/** Deterministic resolution of overlapping detections. */
package org.piishield.resolve;
