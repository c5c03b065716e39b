package io.daybrief.text;

/**
 * How much a date matters in a run, to pick a timeline's key dates: what was published on it and
 * how often other days' articles name it. Published date rankers count either (news-tls's
 * PUBCOUNT and MENTIONCOUNT); a date that many articles report on afterwards is an event, a date
 * with many articles of its own is news.
 */
public final class DateImportance {
  private DateImportance() {}

  /** What a date's importance is counted from. */
  public enum Kind {
    /** Its own articles. */
    DOCUMENTS,
    /** Other days' articles whose sentences report on it by name. */
    NAMING_DOCUMENTS,
    /** Its own articles plus other days' articles naming it. */
    DOCUMENTS_AND_NAMING
  }

  /**
   * @param documents articles published on the date
   * @param namingDocuments articles of other days with a sentence reporting on the date by name
   */
  public static double of(Kind kind, int documents, int namingDocuments) {
    return switch (kind) {
      case DOCUMENTS -> documents;
      case NAMING_DOCUMENTS -> namingDocuments;
      case DOCUMENTS_AND_NAMING -> documents + namingDocuments;
    };
  }
}
