package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {
  private final TermAnalyzer analyzer = new TermAnalyzer();

  @AfterEach
  void close() {
    analyzer.close();
  }

  @Test
  void lowerCasesRemovesStopWordsAndStems() {
    assertEquals(List.of("russian", "foreign", "minist", "sergei", "lavrov", "sai", "moscow", "readi", "talk"),
        analyzer.terms("Russian Foreign Minister Sergey Lavrov says Moscow is ready for talks"));
  }

  @Test
  void possessivesAreRemovedWithEitherApostrophe() {
    assertEquals(List.of("ukrain", "ukrain", "ukrain", "capit"),
        analyzer.terms("Ukraine's Ukraine\u2019s Ukraine capital"));
  }

  @Test
  void contractionsAndFunctionWordsAreStopWords() {
    assertEquals(List.of("allow", "ukrain", "preserv", "militari", "infrastructur"),
        analyzer.terms("we won't allow Ukraine to preserve a military infrastructure"));
    assertEquals(List.of(), analyzer.terms("It's what they've been doing, isn't it? And so on."));
  }

  @Test
  void numbersAreKeptAndPunctuationAndSymbolsAreNot() {
    assertEquals(List.of("1.5", "million", "2,000", "civilian", "350"),
        analyzer.terms("1.5 million -- 2,000 civilians! $350 \uD83D\uDE42 ... \u2022"));
  }

  @Test
  void dottedAcronymsMatchTheirUndottedSpelling() {
    assertEquals(analyzer.terms("UN and US officials"), analyzer.terms("U.N. and U.S. officials"));
    assertEquals(List.of("un", "us", "offici"), analyzer.terms("U.N. and U.S. officials"));
  }

  @Test
  void analyzingAgainGivesTheSameTerms() {
    String sentence = Seeds.block("001", "Grandi said");
    List<String> first = analyzer.terms(sentence);
    analyzer.terms("something else entirely");
    assertEquals(first, analyzer.terms(sentence));
    assertFalse(first.isEmpty());
  }

  @Test
  void closedAnalyzerRefusesWork() {
    TermAnalyzer closed = new TermAnalyzer();
    closed.close();
    assertThrows(IllegalStateException.class, () -> closed.terms("text"));
  }

  @Test
  void linearOnHostileInput() {
    Adversarial.assertLinear(analyzer::terms);
  }
}
