package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void titleAbbreviationDoesNotEndTheSentence() {
    assertEquals(List.of("Russian Foreign Minister Mr. Lavrov said so.", "He left."),
        splitter.split("Russian Foreign Minister Mr. Lavrov said so. He left."));
    assertEquals(List.of("Dr. Seuss and Gen. Milley met at St. Paul's with Prof. Ng."),
        splitter.split("Dr. Seuss and Gen. Milley met at St. Paul's with Prof. Ng."));
  }

  @Test
  void dottedAcronymsStayInsideTheSentence() {
    assertEquals(List.of("The U.N. refugee agency said it.", "More came."),
        splitter.split("The U.N. refugee agency said it. More came."));
    assertEquals(List.of("The U.S. official confirmed it."), splitter.split("The U.S. official confirmed it."));
    assertEquals(List.of("U.S. President Joe Biden spoke to the E.U. Council and a Ph.D. Student."),
        splitter.split("U.S. President Joe Biden spoke to the E.U. Council and a Ph.D. Student."));
    assertEquals(List.of("It happened at 2:16 p.m. in Kyiv on Thursday."),
        splitter.split("It happened at 2:16 p.m. in Kyiv on Thursday."));
  }

  @Test
  void initialsStayWithTheName() {
    assertEquals(List.of("J. K. Rowling wrote it.", "She left."), splitter.split("J. K. Rowling wrote it. She left."));
  }

  @Test
  void abbreviationsBeforeNumbersStay() {
    assertEquals(List.of("He lives at No. 10 and met her on Mar. 2 at approx. 9 o'clock."),
        splitter.split("He lives at No. 10 and met her on Mar. 2 at approx. 9 o'clock."));
  }

  @Test
  void lowerCaseSentenceWordsStillEndSentences() {
    assertEquals(List.of("He said no.", "Then he left."), splitter.split("He said no. Then he left."));
  }

  @Test
  void quotedSpeechWithAttributionIsOneSentence() {
    String quote = "\"We are ready to conduct talks, but we will continue the operation,\" Russian Foreign "
        + "Minister Sergey Lavrov said.";
    assertEquals(List.of(quote), splitter.split(quote));
    assertEquals(List.of("\"Really?\" he asked."), splitter.split("\"Really?\" he asked."));
  }

  @Test
  void aQuotedSentenceAfterAnAttributionStandsAlone() {
    assertEquals(
        List.of("\"Hour by hour, more people are fleeing,\" Grandi said in a statement.",
            "\"Countless have been displaced inside the country.\""),
        splitter.split("\"Hour by hour, more people are fleeing,\" Grandi said in a statement. "
            + "\"Countless have been displaced inside the country.\""));
    assertEquals(List.of("He said \"yes.\"", "Then he left."), splitter.split("He said \"yes.\" Then he left."));
  }

  @Test
  void numbersNeverSplit() {
    assertEquals(List.of("A city of about 1.5 million people got $350 million and 2,000.5 tons."),
        splitter.split("A city of about 1.5 million people got $350 million and 2,000.5 tons."));
  }

  @Test
  void exclamationsQuestionsAndEllipses() {
    assertEquals(List.of("Loading audio..."), splitter.split("Loading audio..."));
    assertEquals(List.of("Stop!", "Why?!", "Wait...", "Then 5 left."), splitter.split("Stop! Why?! Wait... Then 5 left."));
  }

  @Test
  void sentencesMayOpenWithAQuoteOrBracketBeforeACapital() {
    assertEquals(List.of("It fell.", "(Reuters reported it.)", "'Yes,' she said."),
        splitter.split("It fell. (Reuters reported it.) 'Yes,' she said."));
    assertEquals(List.of("It fell. (see above)"), splitter.split("It fell. (see above)"));
  }

  @Test
  void textWithoutTerminalPunctuationIsOneSentence() {
    assertEquals(List.of("Fighting has been raging in the north, south and east of Ukraine since the eighth day"),
        splitter.split("  Fighting has been raging in the north, south and east of Ukraine since the eighth day "));
    assertEquals(List.of(), splitter.split(""));
    assertEquals(List.of(), splitter.split("   "));
  }

  @Test
  void seedParagraphs() {
    assertEquals(List.of(
            "\"They wanted to destroy us so many times.",
            "They couldn't.",
            "We've been through so much!",
            "Ukraineand it has nothing to do with Ukraine,\" Zelenskyy said in his recent video message.",
            "\"We have nothing to lose but our own freedom.\""),
        splitter.split(Seeds.block("004", "\"They wanted")));
    List<String> tally = splitter.split(Seeds.block("002", "The tally the U.N. refugee agency"));
    assertEquals(2, tally.size());
    assertEquals("The tally the U.N. refugee agency released was reached Wednesday and amounts to more than 2% "
        + "of Ukraine's population being forced out of the country in seven days.", tally.get(0));
  }

  @Test
  void sentencesCoverEveryWordOfTheParagraph() {
    for (String seed : List.of("001", "002", "003", "004")) {
      for (String paragraph : Seeds.blocks(seed)) {
        assertEquals(paragraph, String.join(" ", splitter.split(paragraph)));
      }
    }
  }

  @Test
  void linearOnHostileInput() {
    Adversarial.assertLinear(splitter::split);
  }
}
