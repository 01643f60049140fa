/**
 * The statistical name tagger: a greedy left-to-right averaged perceptron over hashed features (word forms,
 * affixes, shapes, neighbours and the gazetteer signals of {@link org.piishield.recognizers.names.NameSignals}),
 * BIO labels for PERSON, LOCATION and ORGANIZATION, trained at build time by the {@code pii-ner-model}
 * module and run by {@link org.piishield.recognizers.names.model.NerModelRecognizer} only in windows around
 * capitalised words.
 */
package org.piishield.recognizers.names.model;
