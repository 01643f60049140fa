/**
 * Exposure monitoring ({@code shield watch}): turns the registry hits found in one document into scored
 * alerts, one per (document, person).
 *
 * <ol>
 *   <li>The registry matcher reports a {@link org.piishield.registry.match.RegistryMatch} per matched span: a
 *       person id, the {@link org.piishield.registry.normalize.FieldType field type} and UTF-16 offsets into
 *       the document.</li>
 *   <li>{@link org.piishield.watch.DocumentAlerts} groups the hits by person, runs the
 *       {@link org.piishield.watch.ThreatLexicon} (English and Spanish threat and call-to-action phrases) once
 *       over the document, and lets the {@link org.piishield.watch.ExposureScorer} turn each group into an
 *       {@link org.piishield.watch.Alert} with a {@link org.piishield.watch.Severity} and a score.</li>
 *   <li>{@link org.piishield.watch.AlertJson} and {@link org.piishield.watch.AlertText} render alerts.</li>
 * </ol>
 *
 * <p>Nothing here ever sees, stores or prints matched text: alerts carry field types and offsets only. The
 * scoring table and severity rules are in {@code docs/WATCH.md}.
 */
package org.piishield.watch;
