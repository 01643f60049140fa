/**
 * Accuracy evaluation against gold-standard corpora (Presidio synthetic sentences, MEDDOCAN): readers that
 * turn code-point offsets into UTF-16, the mapping of corpus labels to PII Shield types, an exact/overlap
 * scorer, and {@link org.piishield.benchmarks.eval.EvaluateCommand}, which writes {@code docs/ACCURACY.md}.
 */
package org.piishield.benchmarks.eval;
