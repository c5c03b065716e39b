package io.daybrief.text;

/**
 * Smoothed inverse document frequency: {@code idf(t) = ln((1 + N) / (1 + df(t))) + 1}, where N is
 * the number of documents in the collection and df(t) the number that contain t. The smoothing
 * keeps a term that every document has at weight 1 rather than 0, and an unseen term finite.
 */
public final class Idf {
  private Idf() {}

  public static double of(long documentFrequency, long documentCount) {
    return Math.log((1.0 + documentCount) / (1.0 + documentFrequency)) + 1.0;
  }
}
