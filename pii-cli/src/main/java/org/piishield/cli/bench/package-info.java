/** The reproducible benchmark corpus and helpers behind {@code shield bench}. */
package org.piishield.cli.bench;
