package org.piishield.recognizers.names.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.ScanContext;

class ModelSpanScoreTest {

  /** Evidence for tokens {@code [first, last]} of {@code text} tagged as {@code type}. */
  private static boolean evidence(String text, Language lang, EntityType type, int first, int last) {
    ScanContext ctx = new ScanContext().reset(text, lang);
    TokenWindow w = new TokenWindow().reset(ctx, 0, ctx.tokenCount());
    return ModelSpanScore.hasEvidence(type, w, first, last);
  }

  @Test
  void person_twoWordsWithListedName_hasEvidence() {
    // we(0) saw(1) Karen(2) Moore(3)
    assertEquals(true, evidence("we saw Karen Moore", Language.EN, EntityType.PERSON, 2, 3));
  }

  @Test
  void person_loneSurname_needsTitle() {
    assertEquals(false, evidence("we saw Davis there", Language.EN, EntityType.PERSON, 2, 2));
    // Dr(0) Davis(1)
    assertEquals(true, evidence("Dr. Davis was there", Language.EN, EntityType.PERSON, 1, 1));
  }

  @Test
  void person_commonWordsOnly_haveNoEvidence() {
    // before(0) Labor(1) Day(2)
    assertEquals(false, evidence("before Labor Day we left", Language.EN, EntityType.PERSON, 1, 2));
  }

  @Test
  void location_abbreviationOrRoleWord_hasNoEvidence() {
    // the(0) U(1) S(2) Attorney(3)
    assertEquals(false, evidence("the U.S. Attorney said", Language.EN, EntityType.LOCATION, 1, 2));
    assertEquals(false, evidence("the U.S. Attorney said", Language.EN, EntityType.LOCATION, 1, 3));
    // vive(0) en(1) Madrid(2)
    assertEquals(true, evidence("vive en Madrid", Language.ES, EntityType.LOCATION, 2, 2));
  }

  @Test
  void location_unlistedWordAfterPlaceCue_hasEvidence() {
    // arrived(0) at(1) Khandallah(2)
    assertEquals(true, evidence("arrived at Khandallah today", Language.EN, EntityType.LOCATION, 2, 2));
    assertEquals(false, evidence("said Khandallah today", Language.EN, EntityType.LOCATION, 1, 1));
    // Suite(0) 179(1) Akureyri(2); SSN(0) 122(1) 27(2) 8772(3) Stanwick(4)
    assertEquals(true, evidence("Suite 179  Akureyri", Language.EN, EntityType.LOCATION, 2, 2));
    assertEquals(false, evidence("SSN 122-27-8772. Stanwick left", Language.EN, EntityType.LOCATION, 4, 4));
  }

  @Test
  void organization_headingOrSingleWord_hasNoEvidence() {
    // the(0) Springfield(1) Police(2) Department(3)
    assertEquals(true, evidence("the Springfield Police Department said", Language.EN, EntityType.ORGANIZATION, 1, 3));
    assertEquals(false, evidence("Police Department\nThe chief said", Language.EN, EntityType.ORGANIZATION, 0, 1));
    assertEquals(false, evidence("the Department said", Language.EN, EntityType.ORGANIZATION, 1, 1));
  }

  @Test
  void of_scoreNeverAboveMax_andDropsWithoutEvidence() {
    ScanContext ctx = new ScanContext().reset("we saw Karen Moore", Language.EN);
    TokenWindow w = new TokenWindow().reset(ctx, 0, ctx.tokenCount());
    assertEquals(ModelSpanScore.MAX, ModelSpanScore.of(EntityType.PERSON, 100f, w, 2, 3), 1e-9);
    assertEquals(0.25, ModelSpanScore.of(EntityType.PERSON, 0f, w, 2, 3), 1e-9);
    assertEquals(ModelSpanScore.MAX - ModelSpanScore.NO_EVIDENCE, ModelSpanScore.of(EntityType.PERSON, 100f, w, 2, 2),
        1e-9);
  }
}
