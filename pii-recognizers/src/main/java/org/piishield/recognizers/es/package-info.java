/**
 * Recognizers for Spain: DNI and NIE (mod-23 check letter), street addresses and postal codes (with Mexican
 * {@code C.P.} codes).
 *
 * <p>All are registered through {@code META-INF/services/org.piishield.detect.Recognizer}; each has a stable
 * {@code NAME}: {@code es_dni}, {@code es_nie}, {@code es_street_address}, {@code es_postal_code}.
 */
package org.piishield.recognizers.es;
