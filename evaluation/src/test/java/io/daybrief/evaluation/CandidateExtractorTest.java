package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateExtractorTest {
  // Stand-ins for TextNormalizer and SentenceSplitter: trim, and split after each period.
  private final CandidateExtractor extractor =
      new CandidateExtractor(String::strip, paragraph -> List.of(paragraph.split("(?<=\\.)\\s+")));

  @Test
  void keepsSentencesOfAtLeastSixWordsFromEveryNonBlankLine() {
    String text =
        "Short line here.\n\n   \n  A sentence with exactly six words. Too short.\r\n"
            + "Another line with enough words to count.";

    assertEquals(
        List.of("A sentence with exactly six words.", "Another line with enough words to count."),
        extractor.sentences(text));
  }

  @Test
  void wordsNeedALetterOrDigit() {
    assertEquals(4, CandidateExtractor.words("Haiti 's quake -- 2010 ."));
  }

  @Test
  void groupsDocumentsByDateInIdOrder() {
    DailyCandidates candidates =
        extractor.byDate(
            List.of(
                new DatasetDocument("b", "2010-01-12", "Second document of the first day here."),
                new DatasetDocument("c", "2010-01-13", "Only document of the second day here."),
                new DatasetDocument("a", "2010-01-12", "First document of the first day here.")));

    assertEquals(List.of("a", "b"), candidates.documents("2010-01-12").stream().map(CandidateDocument::id).toList());
    assertEquals(
        List.of("First document of the first day here.", "Second document of the first day here."),
        candidates.sentences("2010-01-12"));
    assertEquals(List.of(), candidates.sentences("2010-01-14"));
  }
}
