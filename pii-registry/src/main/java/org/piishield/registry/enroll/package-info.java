/**
 * Enrolment: reading a people CSV ({@link org.piishield.registry.enroll.PeopleCsvReader}) and turning each
 * person's values into keyed-hash tokens in a store ({@link org.piishield.registry.enroll.Enroller}).
 * Reports, row errors and exceptions carry line numbers, column names and counts, never values.
 */
package org.piishield.registry.enroll;
