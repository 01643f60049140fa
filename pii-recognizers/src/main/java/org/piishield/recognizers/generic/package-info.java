/**
 * Recognizers that apply to any country: e-mail addresses, URLs, IP addresses, payment cards, social-media
 * handles, dates (with dates of birth) and labelled health-care identifiers ({@code LabelledIdRecognizer}: record,
 * insurance and licence numbers after {@code MRN}, {@code NHC}, {@code NASS}, {@code Nº Col.} …). All are cued by the {@link org.piishield.detect.ScanContext}
 * token index (digit tokens, {@code @} signs, a few cue tokens) and read candidates char by char in small
 * windows; none runs a regex over the whole text.
 *
 * <p>Example: in {@code "DOB 3/4/1975, card 4111 1111 1111 1111"} the date recognizer reports
 * {@code [4, 12)} as {@code DATE_OF_BIRTH} and the card recognizer {@code [19, 38)} as {@code CREDIT_CARD}.
 */
package org.piishield.recognizers.generic;
