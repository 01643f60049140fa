package org.piishield.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where each char of an extracted text is drawn: its page, and for chars that are drawn (not separators a
 * extractor inserted) a box on that page. A redactor maps a detection {@code [start, end)} to the areas to
 * remove with {@link #boxes(int, int)}.
 *
 * <p>Units depend on the source ({@link #units()}): for PDF, the page's default user space in points,
 * <em>before</em> the page's {@code /Rotate} is applied (the coordinates its content stream draws in, y
 * upwards); for images, pixels with the origin at the top-left (y downwards). Chars recognised by OCR carry
 * the box of their whole word, so a span inside a word maps to the whole word (never less than was drawn).
 *
 * <p>Lines: a line ends at every {@code '\n'}, {@code '\r'} or {@code '\f'} of the text, and every page
 * starts a new line. {@link #boxes} merges the boxes of the chars of one line into one.
 *
 * <p>Storage is compact: four {@code float[]}s with one entry per char (NaN when the char has no box), and
 * the offsets where pages and lines start ({@code int[]}, binary-searched). A 1,000-page text PDF of 3,000
 * chars a page takes about 48 MB. Immutable and thread-safe once built.
 *
 * <p>Example: a PDF page with {@code "Call Ana\n"} drawn on one line gives a layout of 9 chars; chars 0..7
 * have boxes on page 0, char 8 (the line break) has none, and {@code boxes(5, 8)} is one box around
 * {@code "Ana"}.
 */
public final class TextLayout {

  /** The coordinate system of the boxes. */
  public enum Units {
    /** PDF default user space, points (1/72 in), y upwards, page rotation not applied. */
    PDF_POINTS,
    /** Image pixels, origin top-left, y downwards. */
    PIXELS
  }

  private final Units units;
  private final int length;
  private final float[] x0;
  private final float[] y0;
  private final float[] x1;
  private final float[] y1;
  private final int[] pageStarts;
  private final PageBox[] pageAreas;
  private final int[] lineStarts;

  private TextLayout(Builder b) {
    this.units = b.units;
    this.length = b.text.length();
    this.x0 = Arrays.copyOf(b.x0, length);
    this.y0 = Arrays.copyOf(b.y0, length);
    this.x1 = Arrays.copyOf(b.x1, length);
    this.y1 = Arrays.copyOf(b.y1, length);
    this.pageStarts = Arrays.copyOf(b.pageStarts, b.pages);
    this.pageAreas = b.pageAreas.subList(0, b.pages).toArray(new PageBox[0]);
    this.lineStarts = Arrays.copyOf(b.lineStarts, b.lines);
  }

  public static Builder newBuilder(Units units) {
    return new Builder(units);
  }

  public Units units() {
    return units;
  }

  /** The number of chars covered, equal to the length of the extracted text. */
  public int length() {
    return length;
  }

  public int pageCount() {
    return pageStarts.length;
  }

  /** The offset of the first char of {@code page}. */
  public int pageStart(int page) {
    return pageStarts[page];
  }

  /** The page's visible area: the crop box for PDF, {@code [0, 0, width, height]} for images. */
  public PageBox pageArea(int page) {
    return pageAreas[page];
  }

  /** The page (0-based) of the char at {@code offset}. */
  public int pageOf(int offset) {
    checkOffset(offset);
    return floorIndex(pageStarts, offset);
  }

  /** Whether the char at {@code offset} is drawn (separators inserted by the extractor are not). */
  public boolean hasBox(int offset) {
    checkOffset(offset);
    return !Float.isNaN(x0[offset]);
  }

  /** The box of the char at {@code offset}, if it is drawn. */
  public Optional<PageBox> box(int offset) {
    if (!hasBox(offset)) {
      return Optional.empty();
    }
    return Optional.of(new PageBox(pageOf(offset), x0[offset], y0[offset], x1[offset], y1[offset]));
  }

  /**
   * The areas covering the drawn chars of {@code [start, end)}: one box per line, the union of the boxes
   * of that line's chars in the span, in text order. Chars without a box are skipped; a span of only
   * separators gives an empty list.
   */
  public List<PageBox> boxes(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") outside [0, " + length + "]");
    }
    List<PageBox> out = new ArrayList<>();
    int line = -1;
    int nextLineStart = Integer.MAX_VALUE;
    float ax0 = 0;
    float ay0 = 0;
    float ax1 = 0;
    float ay1 = 0;
    boolean open = false;
    for (int i = start; i < end; i++) {
      if (line < 0 || i >= nextLineStart) {
        if (open) {
          out.add(new PageBox(pageOf(i - 1), ax0, ay0, ax1, ay1));
          open = false;
        }
        line = floorIndex(lineStarts, i);
        nextLineStart = line + 1 < lineStarts.length ? lineStarts[line + 1] : Integer.MAX_VALUE;
      }
      if (Float.isNaN(x0[i])) {
        continue;
      }
      if (!open) {
        ax0 = x0[i];
        ay0 = y0[i];
        ax1 = x1[i];
        ay1 = y1[i];
        open = true;
      } else {
        ax0 = Math.min(ax0, x0[i]);
        ay0 = Math.min(ay0, y0[i]);
        ax1 = Math.max(ax1, x1[i]);
        ay1 = Math.max(ay1, y1[i]);
      }
    }
    if (open) {
      out.add(new PageBox(pageOf(lastBoxed(start, end)), ax0, ay0, ax1, ay1));
    }
    return out;
  }

  private int lastBoxed(int start, int end) {
    for (int i = end - 1; i > start; i--) {
      if (!Float.isNaN(x0[i])) {
        return i;
      }
    }
    return start;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset >= length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + length + ")");
    }
  }

  /** The index of the last element {@code <= key} in the ascending {@code starts} (whose first is 0). */
  private static int floorIndex(int[] starts, int key) {
    int i = Arrays.binarySearch(starts, key);
    if (i >= 0) {
      // several pages or lines may start at the same offset when some are empty: take the last
      while (i + 1 < starts.length && starts[i + 1] == key) {
        i++;
      }
      return i;
    }
    return -i - 2;
  }

  /**
   * Builds a layout and its text together, so they cannot drift apart. Call {@link #startPage} before the
   * first char of each page, then append chars with or without a box. Not thread-safe.
   */
  public static final class Builder {
    private final Units units;
    private final StringBuilder text = new StringBuilder();
    private float[] x0 = new float[256];
    private float[] y0 = new float[256];
    private float[] x1 = new float[256];
    private float[] y1 = new float[256];
    private int[] pageStarts = new int[4];
    private final List<PageBox> pageAreas = new ArrayList<>();
    private int pages;
    private int[] lineStarts = new int[16];
    private int lines;
    private boolean lineBreakPending;

    private Builder(Units units) {
      this.units = units;
    }

    /** Starts the next page, whose visible area is {@code area} (its page number is ignored). */
    public Builder startPage(PageBox area) {
      if (pages == pageStarts.length) {
        pageStarts = Arrays.copyOf(pageStarts, pages * 2);
      }
      pageStarts[pages] = text.length();
      pageAreas.add(new PageBox(pages, area.x0(), area.y0(), area.x1(), area.y1()));
      pages++;
      markLineStart();
      return this;
    }

    /** Appends {@code c} drawn inside the box {@code (bx0, by0)-(bx1, by1)} of the current page. */
    public Builder append(char c, float bx0, float by0, float bx1, float by1) {
      if (!(bx0 <= bx1 && by0 <= by1)) {
        throw new IllegalArgumentException("bad box [" + bx0 + ", " + by0 + ", " + bx1 + ", " + by1 + "]");
      }
      put(c, bx0, by0, bx1, by1);
      return this;
    }

    /** Appends every char of {@code s} with the same box (OCR words; ligatures drawn as one glyph). */
    public Builder append(CharSequence s, float bx0, float by0, float bx1, float by1) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i), bx0, by0, bx1, by1);
      }
      return this;
    }

    /** Appends chars that are not drawn: separators such as spaces, line breaks and page breaks. */
    public Builder appendUnplaced(CharSequence s) {
      for (int i = 0; i < s.length(); i++) {
        put(s.charAt(i), Float.NaN, Float.NaN, Float.NaN, Float.NaN);
      }
      return this;
    }

    /** The text so far. */
    public CharSequence text() {
      return text;
    }

    public int length() {
      return text.length();
    }

    public int pageCount() {
      return pages;
    }

    public TextLayout build() {
      return new TextLayout(this);
    }

    private void put(char c, float bx0, float by0, float bx1, float by1) {
      if (pages == 0) {
        throw new IllegalStateException("startPage before the first char");
      }
      if (lineBreakPending) {
        markLineStart();
      }
      int n = text.length();
      if (n == x0.length) {
        int cap = n + (n >> 1);
        x0 = Arrays.copyOf(x0, cap);
        y0 = Arrays.copyOf(y0, cap);
        x1 = Arrays.copyOf(x1, cap);
        y1 = Arrays.copyOf(y1, cap);
      }
      text.append(c);
      x0[n] = bx0;
      y0[n] = by0;
      x1[n] = bx1;
      y1[n] = by1;
      lineBreakPending = c == '\n' || c == '\r' || c == '\f';
    }

    private void markLineStart() {
      lineBreakPending = false;
      int at = text.length();
      if (lines > 0 && lineStarts[lines - 1] == at) {
        return;
      }
      if (lines == lineStarts.length) {
        lineStarts = Arrays.copyOf(lineStarts, lines * 2);
      }
      lineStarts[lines++] = at;
    }
  }
}
