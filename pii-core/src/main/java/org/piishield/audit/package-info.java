/** Audit events and sinks; the disabled sink costs nothing. */
package org.piishield.audit;
