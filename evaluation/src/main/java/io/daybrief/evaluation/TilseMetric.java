package io.daybrief.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The timeline metrics of tilse (Martschat and Markert, "Improving ROUGE for Timeline
 * Summarization", EACL 2017; github.com/smartschat/tilse, MIT), as news-tls calls them: concat
 * ROUGE-1/2, align+ m:1 ROUGE-1/2 ({@code evaluate_align_date_content_costs_many_to_one}) and date
 * precision/recall, for one predicted timeline against one reference timeline. ROUGE counts are
 * ROUGE-1.5.5's with {@code -m -s} ({@link RougeTokenizer}), which is what tilse's default
 * ("original", Perl) computation reports.
 */
final class TilseMetric {
  private TilseMetric() {}

  /**
   * @param reference sentences per ISO date, at least one date
   * @param predicted sentences per ISO date; a date with an empty list is still a predicted date
   */
  static TilseScores score(
      SortedMap<String, List<String>> reference, SortedMap<String, List<String>> predicted) {
    if (reference.isEmpty()) {
      throw new IllegalArgumentException("a reference timeline needs at least one date");
    }
    Side ref = new Side(reference);
    Side pred = new Side(predicted);
    return new TilseScores(
        align(pred, ref, 1), align(pred, ref, 2), concat(pred, ref, 1), concat(pred, ref, 2), dates(pred, ref));
  }

  /**
   * {@code evaluate_concat}: every predicted summary in date order as one text, against the whole
   * reference in date order.
   */
  static Prf concat(Side pred, Side ref, int n) {
    NGrams predicted = NGrams.of(pred.allTokens(), n);
    NGrams reference = NGrams.of(ref.allTokens(), n);
    int hit = predicted.overlap(reference);
    return Prf.of(hit, predicted.total(), hit, reference.total());
  }

  /**
   * align+ m:1. For precision each predicted date is aligned to the reference date of least cost,
   * for recall each reference date to the predicted date of least cost (many-to-one both ways;
   * the first date in date order on ties, as numpy's argmin). The cost of a pair is
   * {@code (1 - 1/(|d1 - d2| + 1)) * (1 - approximate ROUGE-1 F1)}: zero for the same date. An
   * aligned pair's ROUGE hit count is weighted by {@code 1/(|d1 - d2| + 1)}; precision is the
   * weighted hits over the predicted n-grams, recall over the reference n-grams.
   */
  static Prf align(Side pred, Side ref, int n) {
    if (pred.dates.isEmpty()) {
      // tilse fails on an empty prediction; nothing predicted, nothing recalled.
      return Prf.ZERO;
    }
    double[][] cost = new double[pred.dates.size()][ref.dates.size()];
    for (int i = 0; i < pred.dates.size(); i++) {
      for (int j = 0; j < ref.dates.size(); j++) {
        double dateFactor = 1 - 1.0 / (distance(pred, i, ref, j) + 1);
        double contentFactor = 1 - approximateRouge1(pred.rawCounts.get(i), ref.rawCounts.get(j));
        cost[i][j] = dateFactor * contentFactor;
      }
    }
    double precisionNumerator = 0;
    double precisionDenominator = 0;
    for (int i = 0; i < pred.dates.size(); i++) {
      int j = 0;
      for (int other = 1; other < ref.dates.size(); other++) {
        if (cost[i][other] < cost[i][j]) {
          j = other;
        }
      }
      NGrams predicted = pred.ngrams(i, n);
      precisionNumerator += (1.0 / (distance(pred, i, ref, j) + 1)) * predicted.overlap(ref.ngrams(j, n));
      precisionDenominator += predicted.total();
    }
    double recallNumerator = 0;
    double recallDenominator = 0;
    for (int j = 0; j < ref.dates.size(); j++) {
      int i = 0;
      for (int other = 1; other < pred.dates.size(); other++) {
        if (cost[other][j] < cost[i][j]) {
          i = other;
        }
      }
      NGrams reference = ref.ngrams(j, n);
      recallNumerator += (1.0 / (distance(pred, i, ref, j) + 1)) * pred.ngrams(i, n).overlap(reference);
      recallDenominator += reference.total();
    }
    return Prf.of(precisionNumerator, precisionDenominator, recallNumerator, recallDenominator);
  }

  /** tilse's {@code evaluate_dates}: the share of predicted dates that are reference dates, and the converse. */
  static Prf dates(Side pred, Side ref) {
    long shared = pred.dates.stream().filter(ref.timeline::containsKey).count();
    return Prf.of(shared, pred.dates.size(), shared, ref.dates.size());
  }

  /**
   * tilse's {@code compute_rouge_approximation} against one reference: unigram F1 over the raw
   * whitespace-separated tokens, case-sensitive, unstemmed, punctuation tokens left out.
   */
  static double approximateRouge1(Map<String, Integer> predicted, Map<String, Integer> reference) {
    int match = 0;
    int predictedTotal = 0;
    for (Map.Entry<String, Integer> token : predicted.entrySet()) {
      match += Math.min(token.getValue(), reference.getOrDefault(token.getKey(), 0));
      predictedTotal += token.getValue();
    }
    int referenceTotal = reference.values().stream().mapToInt(Integer::intValue).sum();
    double precision = predictedTotal == 0 ? 0 : (double) match / predictedTotal;
    double recall = referenceTotal == 0 ? 0 : (double) match / referenceTotal;
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /**
   * The raw token counts {@code compute_rouge_approximation} uses: Python's {@code str.split()},
   * leaving out every token that is a substring of {@code string.punctuation} (".", ",", "(", "--"
   * is not one, "()" is).
   */
  static Map<String, Integer> rawCounts(List<String> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (String sentence : sentences) {
      for (String token : pythonSplit(sentence)) {
        if (!PYTHON_PUNCTUATION.contains(token)) {
          counts.merge(token, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static final String PYTHON_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** Python 3's {@code str.split()} with no argument: runs of Unicode whitespace separate. */
  static List<String> pythonSplit(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || isPythonWhitespace(text.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
    }
    return tokens;
  }

  private static boolean isPythonWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private static long distance(Side pred, int i, Side ref, int j) {
    return Math.abs(pred.days.get(i) - ref.days.get(j));
  }

  /** One timeline prepared for scoring: dates in order, with their ROUGE tokens and raw token counts. */
  static final class Side {
    final SortedMap<String, List<String>> timeline;
    final List<String> dates;
    final List<Long> days = new ArrayList<>();
    final List<List<String>> tokens = new ArrayList<>();
    final List<Map<String, Integer>> rawCounts = new ArrayList<>();
    private final Map<Integer, List<NGrams>> ngrams = new HashMap<>();

    Side(SortedMap<String, List<String>> timeline) {
      this.timeline = timeline;
      this.dates = List.copyOf(timeline.keySet());
      for (Map.Entry<String, List<String>> date : timeline.entrySet()) {
        days.add(LocalDate.parse(date.getKey()).toEpochDay());
        // tilse's Timeline strips each sentence; ROUGE and the approximation split on whitespace.
        tokens.add(RougeTokenizer.tokens(date.getValue()));
        rawCounts.add(rawCounts(date.getValue()));
      }
    }

    NGrams ngrams(int date, int n) {
      return ngrams
          .computeIfAbsent(n, size -> tokens.stream().map(t -> NGrams.of(t, size)).toList())
          .get(date);
    }

    List<String> allTokens() {
      return tokens.stream().flatMap(List::stream).toList();
    }
  }
}
