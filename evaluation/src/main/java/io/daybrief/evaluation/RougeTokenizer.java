package io.daybrief.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text to the tokens ROUGE-1.5.5 counts when run with {@code -m -s}: ASCII letters lower-cased,
 * every other character a separator, stop words ({@code smart_common_words.txt}) dropped, tokens
 * longer than three characters Porter-stemmed.
 *
 * <p>Not reproduced: ROUGE's WordNet exception list, consulted before the stemmer ("went" stays
 * "went" here), and the few suffix rules where ROUGE's Perl Porter differs from Lucene's.
 */
final class RougeTokenizer {
  private static final CharArraySet STOP_WORDS = loadStopWords();

  // Analyzer reuses its token stream per thread, so one shared instance is both cheap and safe.
  private static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer words = new WhitespaceTokenizer();
          TokenStream stemmed =
              new PorterStemFilter(new ShortTokensUnstemmed(new StopFilter(words, STOP_WORDS)));
          return new TokenStreamComponents(words, stemmed);
        }
      };

  private RougeTokenizer() {}

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream("", asciiAlphanumerics(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing an in-memory string", e);
    }
    return tokens;
  }

  /**
   * ROUGE's {@code tr/A-Z/a-z/} then {@code s/[^A-Za-z0-9\-]/ /g}; ROUGE drops the lone "-" tokens
   * this leaves, so "-" is a separator like any other character.
   */
  private static String asciiAlphanumerics(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c - 'A' + 'a');
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        chars[i] = c;
      } else {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  private static CharArraySet loadStopWords() {
    try (InputStream in = RougeTokenizer.class.getResourceAsStream("smart_common_words.txt")) {
      if (in == null) {
        throw new IllegalStateException("smart_common_words.txt missing from the classpath");
      }
      List<String> words =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
              .lines()
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .collect(Collectors.toList());
      return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    } catch (IOException e) {
      throw new UncheckedIOException("reading smart_common_words.txt", e);
    }
  }

  /** ROUGE-1.5.5 stems only tokens longer than three characters: "ads" stays, "adds" becomes "add". */
  private static final class ShortTokensUnstemmed extends KeywordMarkerFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ShortTokensUnstemmed(TokenStream input) {
      super(input);
    }

    @Override
    protected boolean isKeyword() {
      return term.length() <= 3;
    }
  }
}
