package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.model.DailySummary;
import io.daybrief.model.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Output lines stay valid single-line JSON, and read back as written, for any text. */
class JsonLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scoresAreRoundedToSixDecimalsWithoutTrailingZeros() {
    assertEquals("0.5", JsonLines.score(0.5));
    assertEquals("0", JsonLines.score(0.0));
    assertEquals("12.345679", JsonLines.score(12.3456789));
  }

  @Test
  void controlCharactersAreEscaped() {
    String line = JsonLines.rejected(Rejected.file("a\u0001b", "tab\there"));
    assertEquals("{\"reason\":\"tab\\there\",\"source\":\"a\\u0001b\"}", line);
  }

  @Test
  void everyCharacterThatALineReaderSplitsOnIsEscaped() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      all.append(c);
    }
    all.append("\u007F\u0085\u2028\u2029");
    String line = summaryLine(all.toString());
    assertEquals(1, line.lines().count());
    assertFalse(line.chars().anyMatch(c -> c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029), line);
    assertEquals(all.toString(), text(line));
  }

  @Test
  void loneSurrogatesBecomeTheReplacementCharacterNotAQuestionMark() throws Exception {
    String line = summaryLine("before \uD800 after \uD83D\uDE00");
    byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
    assertEquals("before \uFFFD after \uD83D\uDE00", text(new String(utf8, StandardCharsets.UTF_8)));
  }

  @Test
  void markupIsKeptVerbatimAndReadsBack() throws Exception {
    String hostile = "</script><script>alert(\"x\")</script> & <b>bold</b> \\ \"quoted\" \u00e9\u4e2d";
    String line = summaryLine(hostile);
    assertEquals(hostile, text(line));
    assertEquals(hostile, JSON.readTree(JsonLines.rejected(Rejected.file(hostile, hostile))).get("reason").asText());
  }

  private static String summaryLine(String text) {
    return JsonLines.summary(new DailySummary("2022-03-02", 1, List.of(new DailySummary.Line(text, "doc", 0.5))));
  }

  private static String text(String line) throws Exception {
    JsonNode summary = JSON.readTree(line);
    return summary.get("sentences").get(0).get("text").asText();
  }
}
