package org.piishield.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownSectionsTest {

  @Test
  void replace_existingSection_keepsTextAroundIt() {
    String doc = "# A\nnotes\n<!-- generated:x:begin -->\nold\n<!-- generated:x:end -->\ntail\n";
    assertEquals("# A\nnotes\n<!-- generated:x:begin -->\nnew\n<!-- generated:x:end -->\ntail\n",
        MarkdownSections.replace(doc, "x", "new\n"));
  }

  @Test
  void replace_missingSection_appendsItAfterABlankLine() {
    assertEquals("# A\n\n<!-- generated:y:begin -->\nbody\n<!-- generated:y:end -->\n",
        MarkdownSections.replace("# A", "y", "body\n"));
  }

  @Test
  void replace_otherSectionPresent_leavesItUntouched() {
    String doc = "<!-- generated:x:begin -->\nkeep\n<!-- generated:x:end -->\n";
    assertEquals(doc + "\n<!-- generated:y:begin -->\nnew\n<!-- generated:y:end -->\n",
        MarkdownSections.replace(doc, "y", "new\n"));
  }
}
