/**
 * Telephone numbers: {@link org.piishield.recognizers.phone.PhoneRecognizer} finds US (NANP), Mexican and
 * Spanish numbers and any number written with {@code +} and a country code, validated with libphonenumber's
 * metadata, and normalises a number to E.164 with {@code PhoneRecognizer.toE164} (for the registry).
 *
 * <p>Example: in {@code "Tel. (202) 555-0143"} the recognizer reports {@code [5, 19)} as
 * {@code PHONE_NUMBER}; {@code toE164("(202) 555-0143", "US")} is {@code "+12025550143"}.
 */
package org.piishield.recognizers.phone;
