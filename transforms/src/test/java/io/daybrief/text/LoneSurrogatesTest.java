package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LoneSurrogatesTest {

  @Test
  void wellFormedTextIsReturnedAsItIs() {
    String text = "Kyiv \uD83D\uDE00 – Lviv";
    assertEquals(0, LoneSurrogates.count(text));
    assertSame(text, LoneSurrogates.replace(text));
  }

  @Test
  void everyLoneHalfIsReplaced() {
    assertEquals("\uFFFDa", LoneSurrogates.replace("\uD800a"));
    assertEquals("a\uFFFD", LoneSurrogates.replace("a\uDC00"));
    assertEquals("\uFFFD\uFFFD", LoneSurrogates.replace("\uDC00\uD800"), "the halves in the wrong order");
    assertEquals("\uFFFD\uD83D\uDE00", LoneSurrogates.replace("\uD800\uD83D\uDE00"));
    assertEquals("\uFFFD", LoneSurrogates.replace("\uD800"));
    assertEquals(2, LoneSurrogates.count("\uDC00\uD800"));
  }
}
