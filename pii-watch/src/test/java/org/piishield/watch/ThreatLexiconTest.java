package org.piishield.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Phrases and sentences are made up for these tests. */
class ThreatLexiconTest {

  private static final ThreatLexicon LEXICON = ThreatLexicon.standard();

  /** Finds the one span {@code [[…]]} marks in {@code marked}; the markers are removed before matching. */
  private static void assertOneSpan(String marked) {
    int start = marked.indexOf("[[");
    int end = marked.indexOf("]]") - 2;
    String text = marked.replace("[[", "").replace("]]", "");
    assertEquals(List.of(new ThreatSpan(start, end)), LEXICON.find(text), () -> "in: " + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Officer Smith? [[We know where he lives]].",
      "[[we know where you live]]",
      "Someone should [[pay him a visit]] tonight",
      "Time to [[pay a visit]].",
      "Let's [[pay her a little visit]]!",
      "[[let him know]] what you think",
      "Go and [[let her know]].",
      "Everyone [[show up at]] the courthouse",
      "Let's [[go to his house]] on Friday",
      "[[Make him pay]].",
      "[[Share this]] everywhere",
      "[[spread the word]]!",
      "[[I know where she lives]].",
      "She said: [[know where she lives]].",
      "[[We'll be watching]].",
      "[[He can't hide]] forever",
      "[[call her at]] 555-0100",
  })
  void find_englishPhrases_exactSpan(String marked) {
    assertOneSpan(marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "¡[[Cuidado con]] este tipo!",
      "¡[[Compártelo]]!",
      "[[Compartan]] este aviso en el barrio.",
      "[[Visítenlo]] en su casa.",
      "[[Sabemos dónde vive]].",
      "Ya [[vamos a visitarlo]].",
      "[[Que sepa]] que lo vigilamos.",
      "[[Difundan]]",
      "¡[[Hazlo viral]]!",
      "[[pasen la voz]]",
      "[[Hay que darle una lección]].",
      "Van a [[darle una lección]].",
      "[[Vayan a su casa]]",
  })
  void find_spanishPhrases_exactSpan(String marked) {
    assertOneSpan(marked);
  }

  /** The phrases issue 3 and the task name, each matched whole, with and without accents. */
  @ParameterizedTest
  @ValueSource(strings = {
      "know where he lives", "know where she lives", "we know where you live", "pay a visit", "pay him a visit",
      "let him know", "let her know", "show up at", "go to his house", "make him pay", "share this",
      "spread the word", "cuidado con", "compártelo", "compartelo", "compartan", "visítenlo", "visitenlo",
      "sabemos dónde vive", "sabemos donde vive", "vamos a visitarlo", "que sepa", "difundan", "hazlo viral",
  })
  void find_requiredPhrase_matchedWhole(String phrase) {
    assertEquals(List.of(new ThreatSpan(2, 2 + phrase.length())), LEXICON.find("> " + phrase + " <"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[[COMPÁRTELO]]", "[[COMPARTELO]]", "[[compartelo]]", "[[CoMpArTeLo]]",
      "[[SABEMOS DONDE VIVE]]", "[[sabemos dónde vive]]", "[[Sabémos Dónde Víve]]",
      "[[VISITENLO]]", "[[WE KNOW WHERE YOU LIVE]]", "[[Pay Him A Visit]]",
  })
  void find_caseAndAccents_folded(String marked) {
    assertOneSpan(marked);
  }

  @Test
  void find_decomposedAccent_matchesLikePrecomposed() {
    String text = "Compa\u0301rtelo ya";
    assertEquals(List.of(new ThreatSpan(0, 11)), LEXICON.find(text));
  }

  @Test
  void find_newlinesAndRunsOfSpaceBetweenWords_oneSpanAcrossThem() {
    assertEquals(List.of(new ThreatSpan(0, 22)), LEXICON.find("WE KNOW WHERE\nHE LIVES."));
    assertEquals(List.of(new ThreatSpan(4, 29)), LEXICON.find(">>> pay \t him\r\n\r\n  a    visit <<<"));
    assertEquals(List.of(new ThreatSpan(0, 11)), LEXICON.find("cuidado\u00a0con\n\n\n\n\n\n\n\n\n\n Juan"));
  }

  @Test
  void find_punctuationBetweenWords_breaksThePhrase() {
    assertEquals(List.of(), LEXICON.find("Please pay. A visit is due"));
    assertEquals(List.of(), LEXICON.find("Share, this is mine"));
    assertEquals(List.of(), LEXICON.find("make him-pay"));
  }

  @Test
  void find_phraseInsideLonger_reportedOnceAsTheLonger() {
    // "know where you live" lies inside "we know where you live".
    assertEquals(List.of(new ThreatSpan(3, 25)), LEXICON.find("Ok we know where you live."));
    // "show up at" lies inside "show up at his house".
    assertEquals(List.of(new ThreatSpan(0, 20)), LEXICON.find("show up at his house"));
  }

  @Test
  void find_severalPhrases_sortedByStart() {
    String text = "Cuidado con él. Sabemos dónde vive.\nShare this. Difundan.";
    assertEquals(List.of(new ThreatSpan(0, 11), new ThreatSpan(16, 34), new ThreatSpan(36, 46),
        new ThreatSpan(48, 56)), LEXICON.find(text));
  }

  @Test
  void find_overlappingPhrases_bothKept() {
    // "let them know" [0, 13) and "know where they live" [9, 29) overlap; neither lies inside the other.
    assertEquals(List.of(new ThreatSpan(0, 13), new ThreatSpan(9, 29)),
        LEXICON.find("let them know where they live"));
  }

  /** Decided: the lexicon matches words, not intent; an alert needs an enrolled identifier besides. */
  @Test
  void find_innocentUseOfAPhrase_isStillAMatch() {
    assertEquals(List.of(new ThreatSpan(6, 17)), LEXICON.find("Let's pay a visit to the museum"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Knowledge is power; we know a lot.",
      "The visitor centre opens at nine.",
      "Visitors welcome. Visiting hours 9-5.",
      "He shared this recipe.",
      "Sharethis widget",
      "She knows where the lives of saints are told",
      "pay visit",
      "Compartir es bueno; compartimos todo.",
      "Cuidadosamente con calma",
      "Que yo sepa, nadie vino.",
      "Visitaron el museo y sabemos poco.",
      "Difundieron la noticia; la difusión fue amplia.",
      "Make him happy, pay him well.",
      "Let it go.",
  })
  void find_nearMisses_noSpan(String text) {
    assertEquals(List.of(), LEXICON.find(text), () -> "in: " + text);
  }

  @Test
  void find_wordBoundaries_notInsideLongerWords() {
    assertEquals(List.of(), LEXICON.find("reshare thisweek"));
    assertEquals(List.of(), LEXICON.find("xcuidado conx"));
    assertEquals(List.of(new ThreatSpan(1, 12)), LEXICON.find("_cuidado con_"));
  }

  @Test
  void standard_bothLanguagesLoaded_hundredsOfPhrases() {
    assertTrue(LEXICON.size() > 1_000, () -> "size " + LEXICON.size());
  }

  @Test
  void of_groups_expandToEveryAlternativeAndOptional() {
    ThreatLexicon lex = ThreatLexicon.of(List.of("pay (him|her|) a (little|) visit"));
    assertEquals(6, lex.size());
    assertEquals(List.of(new ThreatSpan(0, 11)), lex.find("pay a visit"));
    assertEquals(List.of(new ThreatSpan(0, 22)), lex.find("pay her a little visit"));
    assertEquals(List.of(), lex.find("pay them a visit"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pay (him|her a visit", "pay him) a visit", "a ((b|c)|d)", "(|)", "  ", "!?"})
  void of_malformedLine_rejected(String line) {
    assertThrows(IllegalArgumentException.class, () -> ThreatLexicon.of(List.of(line)));
  }

  @Test
  void find_manyPhrases_cappedAtBudget() {
    String text = "share this ".repeat(ThreatLexicon.MAX_SPANS + 50);
    assertEquals(ThreatLexicon.MAX_SPANS, LEXICON.find(text).size());
  }

  /** Seeded random text: every span is in bounds, sorted, none inside another, and starts and ends a word. */
  @Test
  void find_randomText_spansWellFormed() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    String[] vocab = {"we", "know", "where", "he", "lives", "pay", "him", "a", "visit", "share", "this",
        "cuidado", "con", "compártelo", "sabemos", "dónde", "vive", "let", "her", "the", "museum", "\n", ".",
        ",", "  ", "'", "KNOW", "Visítenlo", "hazlo", "viral"};
    for (int iter = 0; iter < 300; iter++) {
      StringBuilder sb = new StringBuilder();
      int words = r.nextInt(60);
      for (int w = 0; w < words; w++) {
        sb.append(vocab[r.nextInt(vocab.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      List<ThreatSpan> spans = LEXICON.find(text);
      List<ThreatSpan> again = new ArrayList<>(spans);
      int lastStart = -1;
      int lastEnd = -1;
      for (ThreatSpan s : again) {
        String msg = "seed " + seed + " span " + s + " in: " + text;
        assertTrue(s.end() <= text.length(), msg);
        assertTrue(s.start() > lastStart && s.end() > lastEnd, msg);
        assertTrue(s.start() == 0 || !Character.isLetterOrDigit(text.charAt(s.start() - 1)), msg);
        assertTrue(s.end() == text.length() || !Character.isLetterOrDigit(text.charAt(s.end())), msg);
        lastStart = s.start();
        lastEnd = s.end();
      }
    }
  }
}
