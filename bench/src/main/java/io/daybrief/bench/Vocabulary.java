package io.daybrief.bench;

import io.daybrief.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words a generator may swap in: every content-word occurrence of the source, so that a draw
 * follows the source's word frequencies, plus invented words at the rate Heaps' law asks for.
 *
 * <p>Heaps' law V(n) = K n^B with the RCV1 newswire values K = 44, B = 0.49 (Manning, Raghavan and
 * Schütze, Introduction to Information Retrieval, section 5.1.1): a 100 MB corpus of ~17 M word
 * tokens has ~150 k distinct words, 1.6 GB ~600 k, far more than any source collection holds.
 */
final class Vocabulary {
  /** How a word may be replaced: names by names, common words by common words, anything else not at all. */
  enum WordClass {
    NAME,
    WORD,
    FIXED
  }

  private static final double HEAPS_K = 44;
  private static final double HEAPS_B = 0.49;

  private final Map<String, WordClass> classes = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<String> words = new ArrayList<>();
  private final Set<String> sourceWords = new HashSet<>();
  private final NovelWords novel;
  private final SplittableRandom random;
  private final TermAnalyzer analyzer = new TermAnalyzer();

  Vocabulary(long seed, SplittableRandom random) {
    this.novel = new NovelWords(seed);
    this.random = random;
  }

  /** Counts a source token: content words join the pools the swaps draw from. */
  void addSourceToken(String token) {
    WordClass wordClass = classOf(token);
    if (wordClass == WordClass.FIXED) {
      return;
    }
    sourceWords.add(token.toLowerCase(Locale.ROOT));
    (wordClass == WordClass.NAME ? names : words).add(token);
  }

  /**
   * Stop words, numbers, punctuation and tokens with inner symbols are FIXED: swapping them breaks
   * sentences without changing what the pipeline sees, since its terms exclude stop words.
   */
  WordClass classOf(String token) {
    WordClass known = classes.get(token);
    if (known != null) {
      return known;
    }
    WordClass computed = WordClass.FIXED;
    if (isAlphabetic(token) && !analyzer.terms(token).isEmpty()) {
      computed = Character.isUpperCase(token.charAt(0)) ? WordClass.NAME : WordClass.WORD;
    }
    classes.put(token, computed);
    return computed;
  }

  /**
   * A replacement for a word of the given class: an invented word while the corpus is behind
   * Heaps' law for {@code wordTokens} tokens, else a draw from the pool (which then includes the
   * invented words, so they recur as real new names do).
   */
  String replacement(WordClass wordClass, long wordTokens) {
    List<String> pool = wordClass == WordClass.NAME ? names : words;
    if (novel.minted() < heapsTarget(wordTokens) - sourceWords.size() || pool.isEmpty()) {
      String word = novel.next(wordClass == WordClass.NAME);
      classes.put(word, wordClass);
      pool.add(word);
      return word;
    }
    return pool.get(random.nextInt(pool.size()));
  }

  int sourceWordCount() {
    return sourceWords.size();
  }

  long novelWordCount() {
    return novel.minted();
  }

  static double heapsTarget(long wordTokens) {
    return HEAPS_K * Math.pow(wordTokens, HEAPS_B);
  }

  private static boolean isAlphabetic(String token) {
    if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
      return false;
    }
    for (int i = 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLetter(c) && !(c == '-' && i + 1 < token.length() && Character.isLetter(token.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }
}
