package io.daybrief.text;

/**
 * How much a date matters in a run, to pick a timeline's key dates: how many articles were
 * published on it plus how many articles of other days report on it by name (their sentences'
 * first date is it). Published date rankers count either one (news-tls's PUBCOUNT and
 * MENTIONCOUNT): a date with many articles of its own is busy news, a date that later articles
 * keep naming is an event. Measured in docs/quality.md against the articles alone.
 */
public final class DateImportance {
  private DateImportance() {}

  /**
   * @param documents articles published on the date
   * @param namingDocuments articles of other days with a sentence whose first date is the date
   */
  public static double of(int documents, int namingDocuments) {
    return documents + namingDocuments;
  }
}
