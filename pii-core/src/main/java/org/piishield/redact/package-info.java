/** Policies, typed operator specs and the one-pass {@link org.piishield.redact.Redactor}. */
package org.piishield.redact;
