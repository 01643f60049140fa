/** Persistence of enrolled people as keyed-hash tokens only (embedded H2 by default, PostgreSQL for teams). */
package org.piishield.registry.store;
