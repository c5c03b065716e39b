package io.daybrief.evaluation;

import io.daybrief.text.SentenceSplitter;
import io.daybrief.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The sentences the baselines may pick: every non-blank line of a document's text, normalized and
 * split into sentences the way the pipeline does, keeping sentences of at least {@link #MIN_WORDS}
 * words (the pipeline's own candidate rule). Not thread-safe: the sentence splitter is not.
 */
final class CandidateExtractor {
  static final int MIN_WORDS = 6;

  private final UnaryOperator<String> normalizer;
  private final Function<String, List<String>> splitter;

  CandidateExtractor() {
    this(TextNormalizer::normalize, new SentenceSplitter()::split);
  }

  /** Tests pass simple stand-ins so the baselines can be checked without the text package. */
  CandidateExtractor(UnaryOperator<String> normalizer, Function<String, List<String>> splitter) {
    this.normalizer = normalizer;
    this.splitter = splitter;
  }

  DailyCandidates byDate(List<DatasetDocument> documents) {
    Map<String, List<CandidateDocument>> byDate = new TreeMap<>();
    for (DatasetDocument document : documents) {
      byDate
          .computeIfAbsent(document.date(), date -> new ArrayList<>())
          .add(new CandidateDocument(document.id(), sentences(document.text())));
    }
    return new DailyCandidates(byDate);
  }

  List<String> sentences(String text) {
    List<String> candidates = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String paragraph = normalizer.apply(line);
      if (paragraph.isEmpty()) {
        continue;
      }
      for (String sentence : splitter.apply(paragraph)) {
        if (words(sentence) >= MIN_WORDS) {
          candidates.add(sentence);
        }
      }
    }
    return candidates;
  }

  /** Whitespace-separated tokens holding a letter or digit: a lone "." or "--" is not a word. */
  static int words(String sentence) {
    int words = 0;
    for (String token : sentence.trim().split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    return words;
  }
}
