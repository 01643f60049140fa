package org.piishield.recognizers.names.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;

class NerFeaturesTest {

  private static List<String> featuresOf(String text, Language lang, int token) {
    ScanContext ctx = new ScanContext().reset(text, lang);
    TokenWindow w = new TokenWindow().reset(ctx, 0, ctx.tokenCount());
    NamedFeatureSink sink = new NamedFeatureSink();
    NerFeatures.extract(w, token, new StringBuilder(), sink);
    return sink.features;
  }

  @Test
  void extract_givenNameAfterTitle_listsEveryFeature() {
    // tokens: Dra(0) Ana(1) Ruiz(2) vive(3) en(4) Lugo(5); "Ana" is a given name (class 6), "Ruiz" a
    // surname (name code 3), "Dra" a title; before "Ana" is ". " (read as the dot)
    List<String> f = featuresOf("Dra. Ana Ruiz vive en Lugo.", Language.ES, 1);
    assertEquals(List.of(
        "bias=0", "lang=1", "lang+cap=18", "w=ana", "s2=na", "shape=Xx", "cap=2", "len=3", "after= ", "before=.",
        "edge-=-2", "w-1=dra", "cap-1=1", "f-1=title", "name-1=0", "loc-1=0", "w+1=ruiz", "cap+1=1", "name+1=3",
        "loc+1=0", "w+2=vive", "given=6", "surname=0", "english=0", "name+cap=49", "loc=0", "capsLine=0"),
        f, "features of 'Ana' in " + f);
  }

  @Test
  void extract_placeAtEndOfSentence_hasPlaceKindAndEdge() {
    // "Lugo" is a city (kind 3) and a surname (class 5), hence also an ambiguous place
    List<String> f = featuresOf("Dra. Ana Ruiz vive en Lugo.", Language.ES, 5);
    assertEquals(List.of(
        "bias=0", "lang=1", "lang+cap=18", "w=lugo", "p3=lug", "s3=ugo", "s2=go", "shape=Xx", "cap=2", "len=4",
        "after=.", "before= ", "w-2=vive", "w-1=en", "cap-1=0", "f-1=function", "name-1=0", "loc-1=0",
        "edge+=1", "edge+=2", "given=0", "surname=5", "english=0", "name+cap=13", "f=locBegin", "f=locAmbiguous",
        "loc=3", "capsLine=0"), f, "features of 'Lugo' in " + f);
  }

  @Test
  void extract_capitalLine_setsCapsLine() {
    List<String> f = featuresOf("NOMBRE: ANA RUIZ\nvive en Lugo", Language.ES, 1);
    assertEquals(true, f.contains("capsLine=1"), f.toString());
    assertEquals(true, f.contains("shape=X"), f.toString());
    assertEquals(true, f.contains("cap=5"), f.toString()); // all capitals (2), after "NOMBRE:" a field start
    assertEquals(false, featuresOf("NOMBRE: ANA RUIZ\nvive en Lugo", Language.ES, 5).contains("capsLine=1"));
  }

  @Test
  void history_previousLabels_areFeatures() {
    NamedFeatureSink sink = new NamedFeatureSink();
    NerFeatures.history(NerLabels.B_PER, NerLabels.START, NerFeatures.CAP_UPPER, sink);
    assertEquals(List.of("p1=1", "p2p1=57", "p1+cap=5"), sink.features);
  }
}
