package org.piishield.cli;

/** Formats scores for people and machines alike: 2 or 3 decimals, dot separator ({@code 0.9} prints {@code 0.90}, {@code 0.855} prints {@code 0.855}). */
final class Scores {

  private Scores() {}

  static String format(double score) {
    long milli = Math.round(score * 1000);
    StringBuilder sb = new StringBuilder(6);
    if (milli < 0) {
      sb.append('-');
      milli = -milli;
    }
    sb.append(milli / 1000).append('.');
    long frac = milli % 1000;
    sb.append((char) ('0' + frac / 100)).append((char) ('0' + frac / 10 % 10));
    if (frac % 10 != 0) {
      sb.append((char) ('0' + frac % 10));
    }
    return sb.toString();
  }
}
