package io.daybrief.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Text to index terms: lower-cased, stop words removed, stemmed. Not thread-safe: one instance per DoFn. */
public final class TermAnalyzer implements AutoCloseable {
  /** Lucene's English list has 33 words; news text needs the pronouns, auxiliaries and contractions too. */
  private static final CharArraySet STOP_WORDS =
      CharArraySet.unmodifiableSet(new CharArraySet(WordLists.load("stopwords.txt"), false));

  /** Lucene needs a field name; this analyzer serves a single purpose, so any constant does. */
  private static final String FIELD = "text";

  private final Analyzer analyzer = new NewsTermAnalyzer();

  /** Terms in text order, with repeats. */
  public List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    // The analyzer's reuse strategy hands back the same tokenizer and filter chain on every call.
    try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (hasLetterOrDigit(term)) {
          terms.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return terms;
  }

  @Override
  public void close() {
    analyzer.close();
  }

  /** StandardTokenizer emits emoji and symbol tokens too; they are not terms. */
  private static boolean hasLetterOrDigit(CharTermAttribute term) {
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; ) {
      int codePoint = Character.codePointAt(buffer, i, length);
      if (Character.isLetterOrDigit(codePoint)) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  private static final class NewsTermAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      // Possessives go first: "Ukraine's" must stem like "Ukraine", and "it's" must reach the stop list as "it".
      TokenStream stream = new EnglishPossessiveFilter(tokenizer);
      stream = new LowerCaseFilter(stream);
      stream = new AcronymDotFilter(stream);
      stream = new StopFilter(stream, STOP_WORDS);
      stream = new PorterStemFilter(stream);
      return new TokenStreamComponents(tokenizer, stream);
    }
  }

  /**
   * "u.s" to "us", "u.n" to "un": StandardTokenizer keeps the dots of acronyms, which would make
   * "U.N." and "UN" different terms and lets the stemmer cut "u.s" down to "u.".
   */
  private static final class AcronymDotFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AcronymDotFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (Acronyms.isDotted(term, 0, term.length())) {
        char[] buffer = term.buffer();
        int kept = 0;
        for (int i = 0; i < term.length(); i++) {
          if (buffer[i] != '.') {
            buffer[kept++] = buffer[i];
          }
        }
        term.setLength(kept);
      }
      return true;
    }
  }
}
