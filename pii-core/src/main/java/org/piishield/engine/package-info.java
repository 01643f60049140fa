/** {@link org.piishield.engine.PiiEngine}, the one front door, and its builder. */
package org.piishield.engine;
