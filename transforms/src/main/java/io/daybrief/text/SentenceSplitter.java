package io.daybrief.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a normalized paragraph into sentences. Not thread-safe: one instance per DoFn.
 *
 * <p>A hand-written scanner rather than {@link java.text.BreakIterator}: BreakIterator splits
 * "Mr. | Lavrov" and "U.N. | refugee", and a single forward pass is linear on any input.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = withCapitalisedVariants(WordLists.load("abbreviations.txt"));

  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  /** Trimmed, non-empty sentences in order; their concatenation covers the paragraph's words. */
  public List<String> split(String paragraph) {
    List<String> sentences = new ArrayList<>();
    int length = paragraph.length();
    int sentenceStart = 0;
    int position = 0;
    while (position < length) {
      char c = paragraph.charAt(position);
      if (!isTerminal(c)) {
        position++;
        continue;
      }
      int runEnd = position + 1;
      while (runEnd < length && isTerminal(paragraph.charAt(runEnd))) {
        runEnd++;
      }
      int sentenceEnd = runEnd;
      while (sentenceEnd < length && isCloser(paragraph.charAt(sentenceEnd))) {
        sentenceEnd++;
      }
      int nextStart = sentenceEnd;
      while (nextStart < length && Character.isWhitespace(paragraph.charAt(nextStart))) {
        nextStart++;
      }
      boolean singlePeriod = c == '.' && runEnd == position + 1;
      boolean boundary = nextStart > sentenceEnd
          && nextStart < length
          && opensSentence(paragraph, nextStart)
          && !(singlePeriod && periodBelongsToWord(paragraph, position));
      if (boundary) {
        addTrimmed(sentences, paragraph, sentenceStart, sentenceEnd);
        sentenceStart = nextStart;
        position = nextStart;
      } else {
        position = runEnd;
      }
    }
    addTrimmed(sentences, paragraph, sentenceStart, length);
    return sentences;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018';
  }

  /**
   * A capital, a digit, or an opening quote or bracket before one. Letters of scripts without case
   * count as capitals; a lower-case start means the text goes on ("Really?" he asked).
   */
  private static boolean opensSentence(String text, int index) {
    char c = text.charAt(index);
    if (isOpener(c)) {
      return index + 1 < text.length() && startsUpperOrDigit(text.charAt(index + 1));
    }
    return startsUpperOrDigit(c);
  }

  private static boolean startsUpperOrDigit(char c) {
    return Character.isDigit(c) || (Character.isLetter(c) && !Character.isLowerCase(c));
  }

  /**
   * Whether the period at {@code period} ends an abbreviation, an initial or a dotted acronym
   * rather than a sentence. Looks back only to the previous whitespace, which no earlier call passed,
   * so the scan as a whole stays linear.
   */
  private static boolean periodBelongsToWord(String text, int period) {
    int wordStart = period;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    while (wordStart < period && isOpener(text.charAt(wordStart))) {
      wordStart++;
    }
    int wordLength = period - wordStart;
    if (wordLength == 0) {
      return false;
    }
    if (wordLength == 1) {
      return Character.isUpperCase(text.charAt(wordStart));
    }
    if (wordLength <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(text.substring(wordStart, period))) {
      return true;
    }
    return Acronyms.isDotted(text, wordStart, period);
  }

  private static void addTrimmed(List<String> sentences, String text, int start, int end) {
    String sentence = text.substring(start, end).strip();
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
  }

  private static Set<String> withCapitalisedVariants(Set<String> abbreviations) {
    Set<String> variants = new HashSet<>(abbreviations);
    for (String abbreviation : abbreviations) {
      if (Character.isLowerCase(abbreviation.charAt(0))) {
        variants.add(Character.toUpperCase(abbreviation.charAt(0)) + abbreviation.substring(1));
      }
    }
    return Set.copyOf(variants);
  }
}
