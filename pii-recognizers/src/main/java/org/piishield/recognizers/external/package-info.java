/**
 * A plug-in point for your own NER model: {@link org.piishield.recognizers.external.ExternalModelRecognizer}
 * sends the text to a service you run and turns the spans it answers into findings.
 *
 * <h2>Protocol</h2>
 *
 * For each piece of the text (at most {@code maxChars} chars, cut at a line break, sentence end or space) PII
 * Shield sends
 *
 * <pre>{@code
 * POST http://127.0.0.1:8000/ner
 * Content-Type: application/json; charset=utf-8
 *
 * {"text": "Agent Ana Ruiz moved to Madrid.", "language": "en"}
 * }</pre>
 *
 * and expects HTTP 200 with a JSON list of spans, offsets into the text sent, {@code end} exclusive:
 *
 * <pre>{@code
 * [{"start": 6, "end": 14, "type": "PER", "score": 0.97},
 *  {"start": 24, "end": 30, "type": "LOC", "score": 0.91}]
 * }</pre>
 *
 * With {@code "types": {"PER": "PERSON", "LOC": "LOCATION"}} these become {@code PERSON [6, 14)} and
 * {@code LOCATION [24, 30)}, shifted by where the piece starts in the whole document. Offsets count UTF-16 chars
 * (as Java and JavaScript do) unless the configuration says {@code "offsets": "codepoints"} (as Python's
 * {@code str} and spaCy's {@code Span.start_char} do). {@code score} is optional ({@code defaultScore} is used).
 * An empty list means nothing found.
 *
 * <h2>Checks and failures</h2>
 *
 * Every span must lie inside the text sent with {@code start < end}, must not cut a character in two, must have a
 * label listed under {@code types} (or under {@code ignoreTypes}, which are dropped), and a score from 0 to 1. A
 * refused connection, a timeout ({@code timeoutMillis}, default 5000), an HTTP status other than 200, malformed
 * JSON or any bad span throws {@link org.piishield.recognizers.external.ExternalModelException}, whose message names
 * the service and the problem but never the text. The whole document fails: {@code shield scan} and
 * {@code shield redact} name it on stderr, write nothing for it and exit 3, rather than report a scan that
 * silently lacks the model's findings.
 *
 * <h2>Privacy</h2>
 *
 * Document text leaves the machine only if you say so: the url must be {@code localhost}, {@code 127.0.0.0/8} or
 * {@code [::1]} unless the configuration sets {@code "allowRemote": true}. No proxy is used for a loopback url and
 * redirects are never followed. The configuration file is described in
 * {@link org.piishield.recognizers.external.ExternalModelConfig}.
 */
package org.piishield.recognizers.external;
