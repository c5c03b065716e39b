package io.daybrief.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document's text to its kept blocks: every non-blank line is a block; blocks are normalized,
 * lose a leading news agency dateline ({@link Datelines}), and boilerplate is dropped. Positions
 * count every non-blank line, so they stay stable whatever the filter decides.
 */
public final class ParagraphExtractor {
  /** Reported with the boilerplate rules: a line that normalization left empty (only invisible characters). */
  public static final String EMPTY = "empty";

  private final BoilerplateFilter boilerplate = new BoilerplateFilter();

  /** A kept block. */
  public record Block(int position, String text) {}

  /**
   * @param kept blocks in document order
   * @param blocks how many non-blank lines the document has
   * @param dropped how many blocks each boilerplate rule dropped (only rules that fired)
   */
  public record Extraction(List<Block> kept, int blocks, Map<String, Integer> dropped) {}

  public Extraction extract(String title, String text) {
    List<String> normalized = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      normalized.add(TextNormalizer.normalize(title));
    }
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = nextLineBreak(text, start);
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        normalized.add(Datelines.strip(TextNormalizer.normalize(line)));
      }
      start = end + 1;
    }
    List<String> rules = boilerplate.classify(normalized);
    List<Block> kept = new ArrayList<>();
    Map<String, Integer> dropped = new TreeMap<>();
    for (int i = 0; i < normalized.size(); i++) {
      String rule = rules.get(i);
      if (rule != null) {
        dropped.merge(rule, 1, Integer::sum);
      } else if (normalized.get(i).isEmpty()) {
        dropped.merge(EMPTY, 1, Integer::sum);
      } else {
        kept.add(new Block(i, normalized.get(i)));
      }
    }
    return new Extraction(kept, normalized.size(), dropped);
  }

  private static int nextLineBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return text.length();
  }
}
