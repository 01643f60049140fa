/**
 * Engine internals, not an API: the per-thread candidate buffer, context scoring and the language guess.
 * Front ends and recognizers use {@link org.piishield.engine.PiiEngine} and {@link org.piishield.detect}.
 */
package org.piishield.internal;
