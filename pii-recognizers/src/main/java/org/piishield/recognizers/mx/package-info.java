/**
 * Recognizers for Mexico: CURP (check digit over RENAPO's alphabet), RFC (SAT's mod-11 check char) and street
 * addresses (reported as {@code ES_STREET_ADDRESS}).
 *
 * <p>All are registered through {@code META-INF/services/org.piishield.detect.Recognizer}; each has a stable
 * {@code NAME}: {@code mx_curp}, {@code mx_rfc}, {@code mx_street_address}.
 */
package org.piishield.recognizers.mx;
