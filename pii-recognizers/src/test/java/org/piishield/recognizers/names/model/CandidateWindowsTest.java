package org.piishield.recognizers.names.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;

class CandidateWindowsTest {

  private static List<String> windows(String text, Language lang) {
    ScanContext ctx = new ScanContext().reset(text, lang);
    CandidateWindows w = new CandidateWindows().find(ctx);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < w.count(); k++) {
      out.add(w.from(k) + "-" + w.to(k));
    }
    return out;
  }

  @Test
  void find_organisationWord_reachesOverCapitalsBeforeIt() {
    // we(0) called(1) Riverside(2) Police(3) Department(4) today(5): two organisation words, the capital
    // before them joins, "today" is lower case and long
    assertEquals(List.of("2-5"), windows("we called Riverside Police Department today", Language.EN));
  }

  @Test
  void find_listedNameAlone_isNoTrigger() {
    // listed names are left to the rules: the tagger runs around organisation words and place cues only
    assertEquals(List.of(), windows("we visited Karen Moore in the park", Language.EN));
  }

  @Test
  void find_unlistedCapitalsAndCommonWords_areNoTriggers() {
    // "The" is a function word, "However" and "Report" common words, "Zorblax" in no list
    assertEquals(List.of(), windows("The Report is late. However Zorblax sent it.", Language.EN));
  }

  @Test
  void find_ambiguousNameAlone_isNoTrigger() {
    // "Will" is a given name but also a very common word
    assertEquals(List.of(), windows("Will it rain tomorrow", Language.EN));
  }

  @Test
  void find_triggersThreeApart_shareOneWindow() {
    // Hospital(0) Universitario(1) de(2) la(3) Princesa(4) en(5) Madrid(6) desde(7) enero(8)
    assertEquals(List.of("0-7"),
        windows("Hospital Universitario de la Princesa en Madrid desde enero", Language.ES));
  }

  @Test
  void find_unlistedWordAfterPlaceCue_isTrigger() {
    // arrived(0) at(1) Khandallah(2) this(3) morning(4); Suite(0) 179(1) Akureyri(2) Iceland(3)
    assertEquals(List.of("1-3"), windows("arrived at Khandallah this morning", Language.EN)); // reaches over "at"
    assertEquals(List.of("2-4"), windows("Suite 179  Akureyri  Iceland", Language.EN));
    // a common word after the cue is none: "in Spite"
    assertEquals(List.of(), windows("we left in Spite of it", Language.EN));
  }

  @Test
  void find_lowerCaseText_hasNoWindow() {
    assertEquals(List.of(), windows("no capital letters here at all", Language.EN));
  }
}
