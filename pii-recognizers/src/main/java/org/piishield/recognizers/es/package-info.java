/**
 * Recognizers for Spain: DNI and NIE (mod-23 check letter) and street addresses.
 *
 * <p>All are registered through {@code META-INF/services/org.piishield.detect.Recognizer}; each has a stable
 * {@code NAME}: {@code es_dni}, {@code es_nie}, {@code es_street_address}.
 */
package org.piishield.recognizers.es;
