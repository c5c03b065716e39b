package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonLinesFormatTest {

  @Test
  void readsTheKnownFieldsAndIgnoresOthers() throws Exception {
    JsonLinesFormat.JsonRecord record =
        JsonLinesFormat.parse("{\"id\":\"a1\",\"date\":\"2022-03-02\",\"title\":\"T\",\"text\":\"Body.\",\"url\":\"x\"}");
    assertEquals(new JsonLinesFormat.JsonRecord("a1", "2022-03-02", "T", "Body.", 0), record);
  }

  @Test
  void missingOptionalFieldsAreNullOrEmpty() throws Exception {
    JsonLinesFormat.JsonRecord record = JsonLinesFormat.parse("{\"text\":\"Body.\"}");
    assertNull(record.id());
    assertNull(record.date());
    assertEquals("", record.title());
  }

  @Test
  void numericIdsAreAccepted() throws Exception {
    assertEquals("42", JsonLinesFormat.parse("{\"id\":42,\"text\":\"Body.\"}").id());
  }

  @Test
  void badRecordsSayWhy() {
    assertTrue(reason("{\"text\": \"unterminated").startsWith("malformed JSON"));
    assertEquals("not a JSON object", reason("[1, 2]"));
    assertEquals("not a JSON object", reason("\"text\""));
    assertEquals("missing text", reason("{\"id\":\"a\"}"));
    assertEquals("missing text", reason("{\"text\":\"  \"}"));
    assertEquals("missing text", reason("{\"text\":\"\\u00a0\\u200b\"}"));
    assertEquals("field 'date' is not a string", reason("{\"text\":\"x\",\"date\":20220302}"));
  }

  @Test
  void loneSurrogatesFromEscapesAreReplacedAndCounted() throws Exception {
    JsonLinesFormat.JsonRecord record =
        JsonLinesFormat.parse("{\"id\":\"a\\udc00\",\"title\":\"\\ud800\",\"text\":\"x \\ud800 y \\ud83d\\ude00\"}");
    assertEquals("a\uFFFD", record.id());
    assertEquals("\uFFFD", record.title());
    assertEquals("x \uFFFD y \uD83D\uDE00", record.text(), "a well-formed pair is kept");
    assertEquals(3, record.replacedSurrogates());
  }

  private static String reason(String line) {
    return assertThrows(InvalidInputException.class, () -> JsonLinesFormat.parse(line)).getMessage();
  }
}
