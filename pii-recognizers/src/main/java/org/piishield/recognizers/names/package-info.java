/**
 * Names of people ({@link org.piishield.recognizers.names.PersonNameRecognizer}) and places
 * ({@link org.piishield.recognizers.names.LocationRecognizer}) in English and Spanish, from gazetteers
 * shipped as resources in this package (see its {@code README.md} for sources and licences), the shape of
 * the text and nearby words. No statistical model is loaded.
 */
package org.piishield.recognizers.names;
