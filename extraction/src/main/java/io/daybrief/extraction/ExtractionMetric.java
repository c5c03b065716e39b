package io.daybrief.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metric of the article-extraction benchmark (scrapinghub/article-extraction-benchmark,
 * {@code evaluate.py}), reproduced exactly so that our figures can stand next to the published
 * ones: 4-gram shingles of {@code \w+} tokens, per-page counts normalised to sum to 1, precision
 * and recall averaged over pages, F1 from the two averages.
 */
public final class ExtractionMetric {
  static final int SHINGLE_SIZE = 4;

  private ExtractionMetric() {}

  /**
   * A page's clipped shingle overlaps, normalised so that a long article weighs no more than a
   * short one. All three are 0 when neither text has a token.
   */
  public record PageCounts(double truePositive, double falsePositive, double falseNegative) {
    /** The benchmark's precision_score: 1 for a perfect page, 0 when nothing was predicted. */
    public double precision() {
      if (falsePositive == 0 && falseNegative == 0) {
        return 1.0;
      }
      if (truePositive == 0 && falsePositive == 0) {
        return 0.0;
      }
      return truePositive / (truePositive + falsePositive);
    }

    public double recall() {
      if (falsePositive == 0 && falseNegative == 0) {
        return 1.0;
      }
      if (truePositive == 0 && falseNegative == 0) {
        return 0.0;
      }
      return truePositive / (truePositive + falseNegative);
    }

    /** Pages that predicted nothing take no part in the mean precision. */
    boolean countsForPrecision() {
      return truePositive + falsePositive > 0;
    }

    /** Pages whose true body is empty take no part in the mean recall. */
    boolean countsForRecall() {
      return truePositive + falseNegative > 0;
    }
  }

  /** One page scored: its counts and whether its token list equals the truth's. */
  public record PageScore(PageCounts counts, boolean exactMatch) {}

  public record Summary(double f1, double precision, double recall, double accuracy, int pages) {}

  public static PageScore score(String truth, String prediction) {
    List<String> trueTokens = tokens(truth);
    List<String> predictedTokens = tokens(prediction);
    return new PageScore(shingleCounts(trueTokens, predictedTokens), trueTokens.equals(predictedTokens));
  }

  /**
   * Python's {@code re.findall(r'\w+')} on str: a word character is a letter (Lu, Ll, Lt, Lm, Lo),
   * a number (Nd, Nl, No) or the underscore. Java's {@code \w}, even with UNICODE_CHARACTER_CLASS,
   * also takes combining marks and other connector punctuation, which would split or join words
   * differently from the benchmark.
   */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      boolean word = isWordCharacter(codePoint);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  static boolean isWordCharacter(int codePoint) {
    if (codePoint == '_' || Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * The benchmark's shingles: every run of 4 tokens; a text of 1 to 3 tokens is one shorter
   * shingle of all its tokens, an empty text has none.
   */
  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> counts = new HashMap<>();
    int windows = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
    for (int i = 0; i < windows; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  static PageCounts shingleCounts(List<String> trueTokens, List<String> predictedTokens) {
    Map<List<String>, Integer> truth = shingles(trueTokens);
    Map<List<String>, Integer> predicted = shingles(predictedTokens);
    Set<List<String>> keys = new HashSet<>(truth.keySet());
    keys.addAll(predicted.keySet());
    double truePositive = 0;
    double falsePositive = 0;
    double falseNegative = 0;
    for (List<String> key : keys) {
      int trueCount = truth.getOrDefault(key, 0);
      int predictedCount = predicted.getOrDefault(key, 0);
      truePositive += Math.min(trueCount, predictedCount);
      falsePositive += Math.max(0, predictedCount - trueCount);
      falseNegative += Math.max(0, trueCount - predictedCount);
    }
    double sum = truePositive + falsePositive + falseNegative;
    if (sum > 0) {
      return new PageCounts(truePositive / sum, falsePositive / sum, falseNegative / sum);
    }
    return new PageCounts(0, 0, 0);
  }

  /**
   * Averages as the benchmark does. Where it would divide by zero (no page with a prediction, or
   * precision and recall both 0) the figure is 0 here rather than an error.
   */
  public static Summary summarize(List<PageScore> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int exact = 0;
    for (PageScore page : pages) {
      PageCounts counts = page.counts();
      if (counts.countsForPrecision()) {
        precisionSum += counts.precision();
        precisionPages++;
      }
      if (counts.countsForRecall()) {
        recallSum += counts.recall();
        recallPages++;
      }
      if (page.exactMatch()) {
        exact++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double accuracy = pages.isEmpty() ? 0 : (double) exact / pages.size();
    return new Summary(f1, precision, recall, accuracy, pages.size());
  }
}
