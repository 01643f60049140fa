/** The document pipeline benchmark: PDF pages a second through open, detect, redact and verify. */
package org.piishield.benchmarks.documents;
