package io.daybrief.bench;

import java.util.List;
import java.util.Set;

/** Whitespace tokens of a sentence, and their rendering as ordinary text. */
final class Tokens {
  /** Attached to the word before: "Egypt 's" reads "Egypt's", "said ," reads "said,". */
  private static final Set<String> CLOSING = Set.of(
      ",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "...", "''", "'", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m");

  /** Attached to the word after. */
  private static final Set<String> OPENING = Set.of("(", "[", "{", "$", "#", "``", "`");

  private Tokens() {}

  static int wordCount(String[] tokens) {
    int words = 0;
    for (String token : tokens) {
      if (isWord(token)) {
        words++;
      }
    }
    return words;
  }

  static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Ends in . ! or ? (a run such as "?!" too), possibly followed by closing quotes or brackets. */
  static boolean endsSentence(String[] tokens) {
    for (int i = tokens.length - 1; i >= 0; i--) {
      String token = tokens[i];
      char last = token.charAt(token.length() - 1);
      if (last == '.' || last == '!' || last == '?') {
        return true;
      }
      if (!(token.equals("\"") || token.equals("''") || token.equals("'") || token.equals(")"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Undoes the tokenization of collections such as Timeline17 ("He said , `` No . ''") so that the
   * corpus looks like text as published; text that was never tokenized passes through unchanged.
   */
  static String render(List<String[]> sentences) {
    StringBuilder out = new StringBuilder(256);
    for (String[] sentence : sentences) {
      boolean quoteOpen = false;
      boolean attachNext = out.length() == 0;
      for (String token : sentence) {
        boolean attach;
        boolean nextAttaches;
        if (token.equals("\"")) {
          // Plain quotes come unpaired in tokenized text: alternate opening and closing within a sentence.
          attach = quoteOpen || attachNext;
          nextAttaches = !quoteOpen;
          quoteOpen = !quoteOpen;
        } else {
          attach = attachNext || CLOSING.contains(token) || isRepeatedPunctuation(token);
          nextAttaches = OPENING.contains(token);
        }
        if (!attach) {
          out.append(' ');
        }
        out.append(token);
        attachNext = nextAttaches;
      }
    }
    return out.toString();
  }

  private static boolean isRepeatedPunctuation(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        return false;
      }
    }
    return true;
  }
}
