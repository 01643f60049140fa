package org.piishield.benchmarks.eval;

import static org.piishield.detect.EntityType.BADGE_NUMBER;
import static org.piishield.detect.EntityType.CREDIT_CARD;
import static org.piishield.detect.EntityType.DATE;
import static org.piishield.detect.EntityType.DATE_OF_BIRTH;
import static org.piishield.detect.EntityType.EMAIL;
import static org.piishield.detect.EntityType.EMPLOYEE_ID;
import static org.piishield.detect.EntityType.ES_DNI;
import static org.piishield.detect.EntityType.ES_NIE;
import static org.piishield.detect.EntityType.ES_POSTAL_CODE;
import static org.piishield.detect.EntityType.ES_STREET_ADDRESS;
import static org.piishield.detect.EntityType.HEALTH_INSURANCE_ID;
import static org.piishield.detect.EntityType.LOCATION;
import static org.piishield.detect.EntityType.MEDICAL_RECORD_NUMBER;
import static org.piishield.detect.EntityType.MX_CURP;
import static org.piishield.detect.EntityType.MX_POSTAL_CODE;
import static org.piishield.detect.EntityType.MX_RFC;
import static org.piishield.detect.EntityType.ORGANIZATION;
import static org.piishield.detect.EntityType.PERSON;
import static org.piishield.detect.EntityType.PHONE_NUMBER;
import static org.piishield.detect.EntityType.PROFESSIONAL_LICENSE;
import static org.piishield.detect.EntityType.URL;
import static org.piishield.detect.EntityType.US_DRIVER_LICENSE;
import static org.piishield.detect.EntityType.US_PASSPORT;
import static org.piishield.detect.EntityType.US_SSN;
import static org.piishield.detect.EntityType.US_STREET_ADDRESS;
import static org.piishield.detect.EntityType.US_ZIP;

import java.util.List;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;

/**
 * The two corpora the evaluation knows, their default locations under {@code --data}, and how each gold
 * label maps onto PII Shield types. Every label that occurs in the development data is listed, scored or
 * not; a label not listed here is reported as unmapped.
 */
final class Datasets {

  /** Default file under {@code --data}. */
  static final String PRESIDIO_FILE = "presidio_synth/synth_dataset_v2.dev.json";
  /** Default directory under {@code --data}. */
  static final String MEDDOCAN_DIR = "meddocan/brat";
  /** Default directory of the third set, relative to the repository root ({@code --public-domain}). */
  static final String PUBLIC_DOMAIN_DIR = "eval-data/public-domain";

  /** Not a built-in type (yet); listed so that a Mexican address recognizer is scored as an address. */
  static final EntityType MX_STREET_ADDRESS = new EntityType("MX_STREET_ADDRESS");
  /** Not a built-in type; listed so that an IBAN recognizer, if one is added, is scored. */
  static final EntityType IBAN_CODE = new EntityType("IBAN_CODE");

  private Datasets() {}

  /**
   * Presidio synthetic sentences (English). {@code US_ZIP} also finds {@code STREET_ADDRESS}, whose gold
   * spans include the postal code ({@code "..., Spain 16200"}), so a ZIP inside an address is not a false
   * positive.
   */
  static DatasetSchema presidio() {
    return DatasetSchema.newBuilder("presidio", "Presidio synthetic sentences (English)", Language.EN)
        .category("PERSON", List.of(PERSON), "PERSON")
        .category("ADDRESS", List.of(US_STREET_ADDRESS, ES_STREET_ADDRESS, MX_STREET_ADDRESS, LOCATION, US_ZIP),
            "STREET_ADDRESS")
        .category("LOCATION", List.of(LOCATION), "GPE")
        .category("ORGANIZATION", List.of(ORGANIZATION), "ORGANIZATION")
        .category("PHONE_NUMBER", List.of(PHONE_NUMBER), "PHONE_NUMBER")
        .category("EMAIL", List.of(EMAIL), "EMAIL_ADDRESS")
        .category("URL", List.of(URL), "DOMAIN_NAME")
        .category("CREDIT_CARD", List.of(CREDIT_CARD), "CREDIT_CARD")
        .category("US_SSN", List.of(US_SSN), "US_SSN")
        .category("IBAN", List.of(IBAN_CODE), "IBAN_CODE")
        .category("DATE", List.of(DATE, DATE_OF_BIRTH), "DATE_TIME")
        .category("US_ZIP", List.of(US_ZIP), "ZIP_CODE")
        .unscored("TITLE", "job titles and honorifics; no PII Shield type")
        .unscored("AGE", "ages; no PII Shield type")
        .unscored("NRP", "nationality, religious or political group; no PII Shield type")
        .build();
  }

  /**
   * MEDDOCAN clinical cases (Spanish). {@code TERRITORIO} holds cities, provinces and, in about 40% of its
   * spans, five-digit postal codes, hence {@code ES_POSTAL_CODE}, {@code MX_POSTAL_CODE} and {@code US_ZIP}
   * among the {@code LOCATION} types. The {@code ID_*} categories are record numbers ({@code NHC},
   * {@code Episodio}), social-security affiliation numbers ({@code NASS}) and licence numbers
   * ({@code NºCol}), found by the labelled-identifier recognizer, besides the national ids.
   */
  static DatasetSchema meddocan() {
    return DatasetSchema.newBuilder("meddocan", "MEDDOCAN clinical cases (Spanish)", Language.ES)
        .category("PERSON", List.of(PERSON), "NOMBRE_SUJETO_ASISTENCIA", "NOMBRE_PERSONAL_SANITARIO")
        .category("ADDRESS", List.of(ES_STREET_ADDRESS, MX_STREET_ADDRESS, US_STREET_ADDRESS, LOCATION), "CALLE")
        .category("LOCATION", List.of(LOCATION, ES_POSTAL_CODE, MX_POSTAL_CODE, US_ZIP), "TERRITORIO", "PAIS")
        .category("ORGANIZATION", List.of(ORGANIZATION, LOCATION), "HOSPITAL", "INSTITUCION", "CENTRO_SALUD")
        .category("DATE", List.of(DATE, DATE_OF_BIRTH), "FECHAS")
        .category("PHONE_NUMBER", List.of(PHONE_NUMBER), "NUMERO_TELEFONO", "NUMERO_FAX")
        .category("EMAIL", List.of(EMAIL), "CORREO_ELECTRONICO")
        .category("ID", List.of(MEDICAL_RECORD_NUMBER, HEALTH_INSURANCE_ID, PROFESSIONAL_LICENSE, ES_DNI, ES_NIE,
                US_SSN, MX_CURP, MX_RFC, EMPLOYEE_ID, BADGE_NUMBER, US_PASSPORT, US_DRIVER_LICENSE),
            "ID_SUJETO_ASISTENCIA", "ID_ASEGURAMIENTO", "ID_CONTACTO_ASISTENCIAL", "ID_TITULACION_PERSONAL_SANITARIO")
        .unscored("EDAD_SUJETO_ASISTENCIA", "ages; no PII Shield type")
        .unscored("SEXO_SUJETO_ASISTENCIA", "sex or gender words; no PII Shield type")
        .unscored("FAMILIARES_SUJETO_ASISTENCIA",
            "kinship words (mother, partner, family), not names; scoring them as PERSON would only measure"
                + " that no name recognizer flags common nouns")
        .unscored("OTROS_SUJETO_ASISTENCIA", "other descriptors (marks, ethnicity, marital status); no type")
        .unscored("PROFESION", "occupations; no PII Shield type")
        .unscored("ID_EMPLEO_PERSONAL_SANITARIO", "a job grade in the one dev occurrence, not an identifier")
        .build();
  }

  /**
   * The third set: public-domain news, press releases, court opinions, reports and posts annotated by PII
   * Shield developers ({@code eval-data/public-domain/ANNOTATION.md}), one schema per language. Street
   * addresses are part of {@code LOCATION} there, so the address types count as finding it.
   */
  static DatasetSchema publicDomain(Language language) {
    String code = language.code();
    String title = "Public-domain documents annotated by us (" + (language == Language.ES ? "Spanish" : "English")
        + ")";
    return DatasetSchema.newBuilder("public-" + code, title, language)
        .category("PERSON", List.of(PERSON), "PERSON")
        .category("LOCATION", List.of(LOCATION, US_STREET_ADDRESS, ES_STREET_ADDRESS, MX_STREET_ADDRESS), "LOCATION")
        .category("ORGANIZATION", List.of(ORGANIZATION), "ORGANIZATION")
        .build();
  }

  /** All known schemas, in report order. */
  static List<DatasetSchema> all() {
    return List.of(presidio(), meddocan(), publicDomain(Language.EN), publicDomain(Language.ES));
  }
}
