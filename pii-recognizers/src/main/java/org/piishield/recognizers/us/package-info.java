/**
 * United States recognizers: Social Security numbers ({@link org.piishield.recognizers.us.UsSsnRecognizer}),
 * street addresses and PO boxes ({@link org.piishield.recognizers.us.UsStreetAddressRecognizer}), ZIP codes,
 * passport and driver's licence numbers, licence plates, VINs, and police badge / employee numbers.
 *
 * <p>Every recognizer is driven by the digit-token cue of the {@link org.piishield.detect.ScanContext}: it looks
 * only at tokens that contain a digit and their neighbours, never runs a pattern over the whole text, and
 * allocates nothing per token. Identifiers that mean nothing without a label (passport, licence, plate, badge)
 * require a context phrase right before the value, separated only by filler words ({@code no.},
 * {@code number}, {@code is}), and report with
 * {@link org.piishield.detect.DetectionSink#addWithContext}. USPS vocabularies (Publication 28) are resources
 * in this package; see the README there for their source and licence.
 */
package org.piishield.recognizers.us;
