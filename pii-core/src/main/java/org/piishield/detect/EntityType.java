package org.piishield.detect;

import java.util.Objects;

/**
 * The kind of personal information a detection denotes. Ids are {@code UPPER_SNAKE}; the set is open
 * (a plug-in recognizer may define its own) but typed. Two instances with the same id are equal.
 */
public record EntityType(String id) {

  public static final EntityType PERSON = new EntityType("PERSON");
  public static final EntityType LOCATION = new EntityType("LOCATION");
  public static final EntityType ORGANIZATION = new EntityType("ORGANIZATION");
  public static final EntityType EMAIL = new EntityType("EMAIL");
  public static final EntityType URL = new EntityType("URL");
  public static final EntityType IP_ADDRESS = new EntityType("IP_ADDRESS");
  public static final EntityType CREDIT_CARD = new EntityType("CREDIT_CARD");
  public static final EntityType SOCIAL_HANDLE = new EntityType("SOCIAL_HANDLE");
  public static final EntityType DATE_OF_BIRTH = new EntityType("DATE_OF_BIRTH");
  public static final EntityType DATE = new EntityType("DATE");
  public static final EntityType PHONE_NUMBER = new EntityType("PHONE_NUMBER");
  public static final EntityType US_SSN = new EntityType("US_SSN");
  public static final EntityType US_STREET_ADDRESS = new EntityType("US_STREET_ADDRESS");
  public static final EntityType US_ZIP = new EntityType("US_ZIP");
  public static final EntityType US_PASSPORT = new EntityType("US_PASSPORT");
  public static final EntityType US_DRIVER_LICENSE = new EntityType("US_DRIVER_LICENSE");
  public static final EntityType LICENSE_PLATE = new EntityType("LICENSE_PLATE");
  public static final EntityType VIN = new EntityType("VIN");
  public static final EntityType BADGE_NUMBER = new EntityType("BADGE_NUMBER");
  public static final EntityType EMPLOYEE_ID = new EntityType("EMPLOYEE_ID");
  public static final EntityType ES_DNI = new EntityType("ES_DNI");
  public static final EntityType ES_NIE = new EntityType("ES_NIE");
  public static final EntityType ES_STREET_ADDRESS = new EntityType("ES_STREET_ADDRESS");
  public static final EntityType MX_CURP = new EntityType("MX_CURP");
  public static final EntityType MX_RFC = new EntityType("MX_RFC");
  /** Spanish postal code ({@code 28014}), a place at province precision. */
  public static final EntityType ES_POSTAL_CODE = new EntityType("ES_POSTAL_CODE");
  /** Mexican postal code ({@code C.P. 06600}). */
  public static final EntityType MX_POSTAL_CODE = new EntityType("MX_POSTAL_CODE");
  /** Medical record, chart, patient or encounter number ({@code MRN}, {@code NHC}, {@code Episodio}). */
  public static final EntityType MEDICAL_RECORD_NUMBER = new EntityType("MEDICAL_RECORD_NUMBER");
  /** Health insurance or social-security affiliation number ({@code member ID}, {@code NASS}, {@code CIP}). */
  public static final EntityType HEALTH_INSURANCE_ID = new EntityType("HEALTH_INSURANCE_ID");
  /** Professional licence or registration number ({@code NPI}, {@code Nº Col.}, {@code cédula profesional}). */
  public static final EntityType PROFESSIONAL_LICENSE = new EntityType("PROFESSIONAL_LICENSE");
  /**
   * A face in an image or page photo, found by a detector (never identified, never text). A policy withholds faces
   * unless its rule for {@code FACE} is {@code keep}; the {@code foia} policy withholds them under {@code (b)(6)}.
   */
  public static final EntityType FACE = new EntityType("FACE");

  public EntityType {
    Objects.requireNonNull(id, "id");
    if (!isValidId(id)) {
      throw new IllegalArgumentException("entity type id must be UPPER_SNAKE (A-Z, 0-9, _): " + id);
    }
  }

  /** Parses a user-supplied id, case-insensitively ({@code "person"} becomes {@code PERSON}). */
  public static EntityType of(String id) {
    return new EntityType(id.trim().toUpperCase(java.util.Locale.ROOT));
  }

  static boolean isValidId(String id) {
    if (id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return id;
  }
}
