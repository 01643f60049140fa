package org.piishield.formats.verify;

import java.awt.geom.Rectangle2D;

/**
 * A redaction box as the output's content stream draws it: the filled rectangle inside a
 * {@code /PIIShieldRedaction BMC … EMC} sequence, in the page's default user space, its fill colour, and the
 * label text shown inside the same sequence with the bounds and colour of its glyphs.
 *
 * <p>Example: a box drawn with {@code /PIIShieldRedaction BMC 0 0 0 rg 71 696.6 110.4 15.3 re f BT 1 1 1 rg /F1
 * 8.4 Tf … (\(b\)\(6\)) Tj ET EMC} on the first page is {@code RedactionBox[page=0, number=1,
 * rect=(71, 696.6)-(181.4, 711.9), fill=0x000000, label=(b)(6), labelColor=0xFFFFFF, …]}.
 *
 * @param page 0-based page index
 * @param number 1-based order of the box on its page, as residues name it
 * @param rect the filled rectangle (bounds of everything filled in the sequence)
 * @param fill RGB of the fill, {@code 0xRRGGBB}
 * @param label the text shown inside the sequence, empty for none
 * @param labelBounds bounds of the label's glyphs (full em height), null without a label
 * @param labelColor RGB the label is shown in
 */
record RedactionBox(int page, int number, Rectangle2D rect, int fill, String label, Rectangle2D labelBounds,
    int labelColor) {}
