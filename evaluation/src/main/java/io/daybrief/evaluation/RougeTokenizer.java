package io.daybrief.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Text to the tokens ROUGE-1.5.5 counts when run with {@code -m -s}, as tilse and pyrouge call
 * it: ASCII letters lower-cased, every other character a separator, stop words ({@code
 * smart_common_words.txt}) dropped, tokens longer than three characters stemmed by {@link
 * RougeStemmer} (WordNet exceptions, then ROUGE's Perl Porter stemmer).
 */
final class RougeTokenizer {
  private static final Set<String> STOP_WORDS = loadStopWords();
  /** Stems of tokens seen so far: the same few thousand words recur in every summary. */
  private static final ConcurrentHashMap<String, String> STEMS = new ConcurrentHashMap<>();

  private RougeTokenizer() {}

  /**
   * The tokens of a summary given as sentences, as ROUGE reads them from the SEE files pyrouge
   * writes: each sentence's whitespace-separated words joined by one space, "^" written as
   * "&amp;circ;", and the text cut at its first "&lt;" (ROUGE's SEE pattern reads up to it); then
   * the sentences joined with spaces, so bigrams run across sentence boundaries.
   */
  static List<String> tokens(List<String> sentences) {
    List<String> tokens = new ArrayList<>();
    for (String sentence : sentences) {
      String line = sentence.replace("^", "&circ;");
      int tag = line.indexOf('<');
      tokens.addAll(tokens(tag < 0 ? line : line.substring(0, tag)));
    }
    return tokens;
  }

  /** ROUGE's {@code readText} and {@code createNGram} token pipeline on one text. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int length = text.length();
    int start = -1;
    for (int i = 0; i <= length; i++) {
      boolean alphanumeric = i < length && isAsciiAlphanumeric(text.charAt(i));
      if (alphanumeric && start < 0) {
        start = i;
      } else if (!alphanumeric && start >= 0) {
        String token = lowerAscii(text.substring(start, i));
        start = -1;
        if (!STOP_WORDS.contains(token)) {
          tokens.add(token.length() > 3 ? STEMS.computeIfAbsent(token, RougeStemmer::morphStem) : token);
        }
      }
    }
    return tokens;
  }

  /**
   * ROUGE's {@code tr/A-Z/a-z/} then {@code s/[^A-Za-z0-9\-]/ /g}; the lone "-" tokens this leaves
   * fail ROUGE's {@code /^[a-z0-9\$]/} test and are dropped, so "-" separates like any other
   * character. ROUGE reads bytes: a non-ASCII character is a separator too.
   */
  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String lowerAscii(String token) {
    char[] chars = token.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] - 'A' + 'a');
      }
    }
    return new String(chars);
  }

  private static Set<String> loadStopWords() {
    try (InputStream in = RougeTokenizer.class.getResourceAsStream("smart_common_words.txt")) {
      if (in == null) {
        throw new IllegalStateException("smart_common_words.txt missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("reading smart_common_words.txt", e);
    }
  }
}
