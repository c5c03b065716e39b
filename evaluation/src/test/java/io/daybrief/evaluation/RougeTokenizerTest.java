package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTokenizerTest {

  @Test
  void lowerCasesSplitsOnPunctuationDropsStopWordsAndStems() {
    // the, u, s, re: stop words; "u.s.-led" and "re-opened" fall apart at "." and "-".
    assertEquals(
        List.of("led", "forc", "open", "port", "au", "princ", "airport"),
        RougeTokenizer.tokens("The U.S.-led force's re-opened Port-au-Prince airport."));
  }

  @Test
  void keepsDigitsAsTokens() {
    assertEquals(
        List.of("h1n1", "kill", "2", "000", "peopl", "2009"),
        RougeTokenizer.tokens("H1N1 killed 2,000 people in 2009"));
  }

  @Test
  void stemsOnlyTokensLongerThanThreeCharacters() {
    assertEquals(List.of("ads"), RougeTokenizer.tokens("ads"));
    assertEquals(List.of("add"), RougeTokenizer.tokens("adds"));
  }

  @Test
  void usesRougeStopListIncludingItsNewsAdditions() {
    // "sat", "reuters", "news" are stop words in ROUGE's list, not in the plain SMART list.
    assertEquals(List.of("cat", "mat"), RougeTokenizer.tokens("Reuters news: the cat sat... no, mat"));
  }

  @Test
  void looksUpWordNetExceptionsBeforeStemmingLikeRougeMinusM() {
    // "children", "struck", "fell" are WordNet 2.0 exceptions; "strikes" is not and is Porter-stemmed.
    assertEquals(
        List.of("child", "strike", "fall", "strike"), RougeTokenizer.tokens("children struck fell strikes"));
  }

  @Test
  void usesRougesPerlPorterStemmer() {
    // Step 4 as CYL changed it in ROUGE-1.5.5: "-ement" is removed as a whole.
    assertEquals("replac", RougeStemmer.stem("replacement"));
    assertEquals("gener", RougeStemmer.stem("generalization"));
    assertEquals("hope", RougeStemmer.stem("hopeful"));
    assertEquals("ysic", RougeStemmer.stem("ysics"));
  }

  @Test
  void readsSentencesAsRougeReadsPyrougesSeeFiles() {
    // A sentence is cut at its first "<"; "^" is written as "&circ;"; bigrams cross sentences.
    assertEquals(
        List.of("rain", "fall", "circ", "quak", "strike"),
        RougeTokenizer.tokens(List.of("Rain fell <b>hard</b>", "^ Quake struck")));
  }

  @Test
  void treatsNonAsciiLettersAsSeparatorsLikeRouge() {
    assertEquals(List.of("caf"), RougeTokenizer.tokens("Café"));
  }

  @Test
  void possessiveAndContractionPiecesFallAway() {
    // "'s" becomes the stop word "s"; "didn't" becomes "didn" (kept: only "didn't" is listed) and "t".
    assertEquals(List.of("haiti", "didn"), RougeTokenizer.tokens("Haiti's didn't"));
  }
}
