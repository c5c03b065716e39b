package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlainTextFormatTest {

  @Test
  void headerGivesTheDateAndItsRestIsTheFirstParagraph() throws Exception {
    PlainTextFormat.PlainText text =
        PlainTextFormat.parse(" date 2022-03-03 The latest:\n\nMore than 1 million people have fled.");
    assertEquals("2022-03-03", text.headerDate());
    assertEquals("The latest:\n\nMore than 1 million people have fled.", text.body());
  }

  @Test
  void headerWithNothingAfterTheDate() throws Exception {
    PlainTextFormat.PlainText text = PlainTextFormat.parse("date 2022-03-02\nBody.");
    assertEquals("2022-03-02", text.headerDate());
    assertEquals("\nBody.", text.body());
  }

  @Test
  void textWithoutHeaderIsAllBody() throws Exception {
    String content = "U.N.: Ukraine Refugee Count Tops 1 Million\n\nMore text.";
    PlainTextFormat.PlainText text = PlainTextFormat.parse(content);
    assertNull(text.headerDate());
    assertEquals(content, text.body());
  }

  @Test
  void aSentenceThatStartsWithDateIsNotAHeader() throws Exception {
    assertNull(PlainTextFormat.parse("Date set for talks in Belarus.").headerDate());
    assertNull(PlainTextFormat.parse("date 2022-03-0x rest").headerDate());
    assertNull(PlainTextFormat.parse("date 2022-03-021 rest").headerDate());
  }

  @Test
  void blankContentIsRejectedWithItsReason() {
    assertEquals("empty file", reason(""));
    assertEquals("no text: only whitespace", reason(" \n\t\n\u3000\u00A0\u200B\uFEFF"));
    assertEquals("no text after the date header", reason(" date 2022-03-03 \n \n"));
  }

  private static String reason(String content) {
    return assertThrows(InvalidInputException.class, () -> PlainTextFormat.parse(content)).getMessage();
  }
}
