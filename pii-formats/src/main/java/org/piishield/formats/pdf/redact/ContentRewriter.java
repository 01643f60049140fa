package org.piishield.formats.pdf.redact;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDFontSetting;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Walks the tokens of one content stream (a page's or a Form XObject's) tracking the graphics state, and returns
 * them with the glyphs, images and forms under the page's areas redacted.
 *
 * <ol>
 *   <li>State operators ({@code q Q cm BT Tf Tc Tw Tz TL Ts Tr Td TD Tm T* gs}) update a {@link GraphicsState}.</li>
 *   <li>Text-showing operators go to {@link TextShowRewriter}; a rewritten {@code '} or {@code "} becomes its
 *       state changes ({@code Tw Tc T*}) followed by a {@code TJ}.</li>
 *   <li>{@code Do} goes to {@link XObjectRedactor} and inline images to {@link InlineImageRedactor}, which may
 *       substitute a redacted copy.</li>
 *   <li>Marked-content property lists lose {@code /ActualText}, {@code /Alt} and {@code /E}, which may spell out
 *       withheld text.</li>
 * </ol>
 *
 * <p>A {@code Q} with no matching {@code q} is dropped, and {@link Result#openSaves()} says how many {@code q} were
 * left open so the caller can close them before drawing boxes at the default CTM.
 */
final class ContentRewriter {
  /** Forms nested deeper than this are not followed; their uses under an area are dropped instead. */
  static final int MAX_DEPTH = 12;
  private static final Set<String> TEXT_ALTERNATIVES = Set.of("ActualText", "Alt", "E");

  /** The rewritten tokens, whether anything changed, and how many {@code q} were left unclosed. */
  record Result(List<Object> tokens, boolean changed, int openSaves, boolean textObjectOpen) {}

  private final PageRun run;
  private final XObjectRedactor xobjects;
  private final InlineImageRedactor inlineImages;

  ContentRewriter(PageRun run) {
    this.run = run;
    this.xobjects = new XObjectRedactor(run, this);
    this.inlineImages = new InlineImageRedactor(run);
  }

  Result rewrite(List<Object> tokens, PDResources resources, GraphicsState initial, int depth) throws IOException {
    List<Object> out = new ArrayList<>(tokens.size() + 16);
    List<COSBase> operands = new ArrayList<>();
    Deque<GraphicsState> stack = new ArrayDeque<>();
    GraphicsState gs = initial;
    boolean changed = false;
    boolean inText = false;
    for (Object token : tokens) {
      if (token instanceof COSBase b) {
        operands.add(b);
        continue;
      }
      if (!(token instanceof Operator op)) {
        continue;
      }
      List<Object> replacement = null;
      boolean drop = false;
      switch (op.getName()) {
        case "q" -> stack.push(gs.copy());
        case "Q" -> {
          if (stack.isEmpty()) {
            drop = true; // unbalanced: would pop state the caller owns
          } else {
            gs = stack.pop();
          }
        }
        case "cm" -> {
          AffineTransform m = matrix(operands);
          if (m != null) {
            gs.ctm.concatenate(m);
          }
        }
        case "BT" -> {
          inText = true;
          gs.textMatrix = new AffineTransform();
          gs.lineMatrix = new AffineTransform();
        }
        case "ET" -> inText = false;
        case "Tf" -> {
          if (operands.size() >= 2 && operands.get(0) instanceof COSName name) {
            gs.fontName = name;
            gs.font = font(resources, name);
            gs.fontSize = number(operands, 1, gs.fontSize);
          }
        }
        case "Tc" -> gs.charSpacing = number(operands, 0, gs.charSpacing);
        case "Tw" -> gs.wordSpacing = number(operands, 0, gs.wordSpacing);
        case "Tz" -> gs.horizontalScaling = number(operands, 0, gs.horizontalScaling * 100) / 100f;
        case "TL" -> gs.leading = number(operands, 0, gs.leading);
        case "Ts" -> gs.rise = number(operands, 0, gs.rise);
        case "Tr" -> gs.renderingMode = (int) number(operands, 0, gs.renderingMode);
        case "Td" -> gs.newLine(number(operands, 0, 0), number(operands, 1, 0));
        case "TD" -> {
          gs.leading = -number(operands, 1, 0);
          gs.newLine(number(operands, 0, 0), number(operands, 1, 0));
        }
        case "Tm" -> {
          AffineTransform m = matrix(operands);
          if (m != null) {
            gs.textMatrix = m;
            gs.lineMatrix = new AffineTransform(m);
          }
        }
        case "T*" -> gs.newLine(0, -gs.leading);
        case "gs" -> applyExtGState(resources, operands, gs);
        case "Tj" -> replacement = showText(last(operands), gs, List.of());
        case "TJ" -> replacement = showText(operands.isEmpty() || !(operands.get(0) instanceof COSArray a)
            ? List.of() : toList(a), gs, List.of());
        case "'" -> {
          gs.newLine(0, -gs.leading);
          replacement = showText(last(operands), gs, List.of(Operator.getOperator("T*")));
        }
        case "\"" -> {
          gs.wordSpacing = number(operands, 0, gs.wordSpacing);
          gs.charSpacing = number(operands, 1, gs.charSpacing);
          gs.newLine(0, -gs.leading);
          List<Object> prefix = operands.size() < 3 ? List.of() : List.of(operands.get(0), Operator.getOperator("Tw"),
              operands.get(1), Operator.getOperator("Tc"), Operator.getOperator("T*"));
          replacement = showText(operands.size() < 3 ? List.of() : last(operands), gs, prefix);
        }
        case "Do" -> {
          if (!operands.isEmpty() && operands.get(0) instanceof COSName name) {
            XObjectRedactor.Outcome outcome = xobjects.redact(name, resources, gs, depth);
            if (outcome.dropped()) {
              drop = true;
            } else if (outcome.replacement() != null) {
              replacement = List.of(outcome.replacement(), op);
            }
          }
        }
        case "BI" -> {
          Operator erased = inlineImages.redact(op, resources, gs);
          if (erased != null) {
            replacement = List.of(erased);
          }
        }
        case "BDC", "DP" -> scrubProperties(operands);
        default -> { }
      }
      if (drop) {
        changed = true;
      } else if (replacement != null) {
        changed = true;
        out.addAll(replacement);
      } else {
        out.addAll(operands);
        out.add(op);
      }
      operands.clear();
    }
    return new Result(out, changed, stack.size(), inText);
  }

  /** Names used with {@code Do} in the tokens: the XObjects a stream still needs. */
  static Set<COSName> xobjectNames(List<Object> tokens) {
    Set<COSName> names = new HashSet<>();
    Object previous = null;
    for (Object token : tokens) {
      if (token instanceof Operator op && op.getName().equals("Do") && previous instanceof COSName name) {
        names.add(name);
      }
      previous = token;
    }
    return names;
  }

  /** The string operand of {@code Tj}, {@code '} and {@code "}: the last one. */
  private static List<COSBase> last(List<COSBase> operands) {
    return operands.isEmpty() ? List.of() : List.of(operands.get(operands.size() - 1));
  }

  private List<Object> showText(List<COSBase> elements, GraphicsState gs, List<Object> prefix) throws IOException {
    List<Object> rewritten = run.text.rewrite(elements, gs);
    if (rewritten == null) {
      return null;
    }
    List<Object> out = new ArrayList<>(prefix);
    out.addAll(rewritten);
    return out;
  }

  private static List<COSBase> toList(COSArray array) {
    List<COSBase> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(array.getObject(i));
    }
    return out;
  }

  private static void scrubProperties(List<COSBase> operands) {
    for (COSBase operand : operands) {
      if (operand instanceof COSDictionary d) {
        for (String key : TEXT_ALTERNATIVES) {
          d.removeItem(COSName.getPDFName(key));
        }
      }
    }
  }

  private static void applyExtGState(PDResources resources, List<COSBase> operands, GraphicsState gs)
      throws IOException {
    if (resources == null || operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
      return;
    }
    PDExtendedGraphicsState ext = resources.getExtGState(name);
    PDFontSetting setting = ext == null ? null : ext.getFontSetting();
    if (setting != null) {
      gs.font = setting.getFont();
      gs.fontName = null;
      gs.fontSize = setting.getFontSize();
    }
  }

  private static PDFont font(PDResources resources, COSName name) {
    try {
      return resources == null ? null : resources.getFont(name);
    } catch (IOException | RuntimeException e) {
      return null; // unreadable font: glyphs are then measured as half an em each
    }
  }

  private static float number(List<COSBase> operands, int index, float fallback) {
    return operands.size() > index && operands.get(index) instanceof COSNumber n ? n.floatValue() : fallback;
  }

  private static AffineTransform matrix(List<COSBase> operands) {
    if (operands.size() < 6) {
      return null;
    }
    double[] v = new double[6];
    for (int i = 0; i < 6; i++) {
      if (!(operands.get(i) instanceof COSNumber n)) {
        return null;
      }
      v[i] = n.floatValue();
    }
    return new AffineTransform(v);
  }
}
