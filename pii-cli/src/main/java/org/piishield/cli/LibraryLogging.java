package org.piishield.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the logging of the format libraries (PDFBox through Commons Logging or JUL, Tika through SLF4J,
 * POI through Log4j): their warnings can quote bytes of the document being read, which must not reach the
 * terminal or a log, and their "no logging provider" notices are noise. Explicit {@code -D} settings win.
 */
final class LibraryLogging {

  /** Held so the JUL logger, and the level set on it, are not garbage collected. */
  private static final Logger APACHE = Logger.getLogger("org.apache");

  private LibraryLogging() {}

  static void silence() {
    setIfAbsent("slf4j.internal.verbosity", "ERROR");
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    APACHE.setLevel(Level.OFF);
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
