package io.daybrief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

  @Test
  void sizesUseBinaryUnits() {
    assertEquals(10L << 20, ByteSize.parse("10MB"));
    assertEquals(Math.round(1.6 * (1L << 30)), ByteSize.parse("1.6GB"));
    assertEquals(512L << 10, ByteSize.parse("512kb"));
    assertEquals(12345, ByteSize.parse("12345"));
    assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("lots"));
    assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("0MB"));
  }

  @Test
  void tokenizedTextIsRenderedAsPublished() {
    String[] sentence = "Egypt 's president , Hosni Mubarak , said : \" We will not leave . \"".split(" ");
    String[] second = "It was n't ( yet ) over ... he added .".split(" ");
    assertEquals("Egypt's president, Hosni Mubarak, said: \"We will not leave.\" It wasn't (yet) over... he added.",
        Tokens.render(List.of(sentence, second)));
  }

  @Test
  void sentenceEndsAllowClosingQuotes() {
    assertTrue(Tokens.endsSentence("He left . \"".split(" ")));
    assertTrue(Tokens.endsSentence("Really ?!".split(" ")));
    assertEquals(false, Tokens.endsSentence("World News".split(" ")));
  }

  @Test
  void novelWordsNeverRepeatAndNamesAreCapitalized() {
    NovelWords words = new NovelWords(3);
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String word = words.next(false);
      assertTrue(word.length() >= 6 && word.chars().allMatch(Character::isLowerCase), word);
      distinct.add(word);
    }
    assertEquals(20_000, distinct.size());
    assertTrue(Character.isUpperCase(words.next(true).charAt(0)));
    assertEquals(20_001, words.minted());
  }
}
