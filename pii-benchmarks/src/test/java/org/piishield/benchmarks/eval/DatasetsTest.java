package org.piishield.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;

class DatasetsTest {

  // every label of the dev splits, as counted in the shared data READMEs
  private static final List<String> PRESIDIO_LABELS = List.of("PERSON", "STREET_ADDRESS", "GPE", "ORGANIZATION",
      "CREDIT_CARD", "TITLE", "PHONE_NUMBER", "AGE", "DATE_TIME", "DOMAIN_NAME", "EMAIL_ADDRESS", "IBAN_CODE",
      "US_SSN", "NRP", "ZIP_CODE");
  private static final List<String> MEDDOCAN_LABELS = List.of("TERRITORIO", "FECHAS", "EDAD_SUJETO_ASISTENCIA",
      "NOMBRE_SUJETO_ASISTENCIA", "NOMBRE_PERSONAL_SANITARIO", "SEXO_SUJETO_ASISTENCIA", "CALLE", "PAIS",
      "ID_SUJETO_ASISTENCIA", "CORREO_ELECTRONICO", "ID_TITULACION_PERSONAL_SANITARIO", "ID_ASEGURAMIENTO",
      "HOSPITAL", "FAMILIARES_SUJETO_ASISTENCIA", "INSTITUCION", "ID_CONTACTO_ASISTENCIAL", "NUMERO_TELEFONO",
      "OTROS_SUJETO_ASISTENCIA", "NUMERO_FAX", "PROFESION", "CENTRO_SALUD", "ID_EMPLEO_PERSONAL_SANITARIO");

  @Test
  void presidio_everyDevLabel_isMapped() {
    DatasetSchema s = Datasets.presidio();
    for (String l : PRESIDIO_LABELS) {
      assertTrue(s.isKnownLabel(l), l);
    }
    assertEquals(Language.EN, s.language());
    assertEquals("ADDRESS", s.categoryOf("STREET_ADDRESS").name());
    assertNull(s.categoryOf("TITLE"));
  }

  @Test
  void meddocan_everyDevLabel_isMapped() {
    DatasetSchema s = Datasets.meddocan();
    for (String l : MEDDOCAN_LABELS) {
      assertTrue(s.isKnownLabel(l), l);
    }
    assertEquals(Language.ES, s.language());
    assertEquals("ID", s.categoryOf("ID_ASEGURAMIENTO").name());
    assertEquals("PERSON", s.categoryOf("NOMBRE_PERSONAL_SANITARIO").name());
  }

  @Test
  void primaryCategory_sharedType_goesToNarrowestCategory() {
    assertEquals("LOCATION", Datasets.presidio().primaryCategory(EntityType.LOCATION).name());
    assertEquals("US_ZIP", Datasets.presidio().primaryCategory(EntityType.US_ZIP).name());
    // ADDRESS, LOCATION and ORGANIZATION accept LOCATION; the category that lists it first wins
    assertEquals("LOCATION", Datasets.meddocan().primaryCategory(EntityType.LOCATION).name());
    // no category lists postal codes or record numbers first: the narrowest accepting one
    assertEquals("LOCATION", Datasets.meddocan().primaryCategory(EntityType.ES_POSTAL_CODE).name());
    assertEquals("ID", Datasets.meddocan().primaryCategory(EntityType.MEDICAL_RECORD_NUMBER).name());
    assertNull(Datasets.meddocan().primaryCategory(EntityType.LICENSE_PLATE));
  }

  @Test
  void build_labelMappedTwice_throws() {
    DatasetSchema.Builder b = DatasetSchema.newBuilder("x", "X", Language.EN)
        .category("A", List.of(EntityType.PERSON), "L")
        .unscored("L", "twice");
    assertThrows(IllegalArgumentException.class, b::build);
  }
}
