/**
 * Normalisation and variant generation for enrolled identifiers (issue 3): each enrolled value becomes the
 * small, bounded, deterministic set of canonical strings a flyer or post may use, e.g. {@code "María Ruiz
 * Peña"} → {@code "maria ruiz pena"}, {@code "ruiz pena maria"}, {@code "m ruiz"}, …; the keyed hashing
 * of those strings lives elsewhere in the registry. Nothing here logs, and no exception message carries an
 * input value.
 */
package org.piishield.registry.normalize;
