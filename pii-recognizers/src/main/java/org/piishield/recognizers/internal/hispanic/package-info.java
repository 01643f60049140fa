/**
 * Internal: the street-address grammar shared by the Spanish and Mexican address recognizers
 * ({@code HispanicAddressScanner}), its regular expressions ({@code AddressPatterns}) and its word
 * lists ({@code street-types.txt}, {@code name-abbreviations.txt}). Not API; may change without notice.
 */
package org.piishield.recognizers.internal.hispanic;
