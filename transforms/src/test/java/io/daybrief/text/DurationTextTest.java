package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

  @Test
  void shortFormsAndIso() {
    assertEquals(Duration.ofMillis(500), DurationText.parse("500ms"));
    assertEquals(Duration.ofSeconds(30), DurationText.parse("30s"));
    assertEquals(Duration.ofMinutes(10), DurationText.parse(" 10m "));
    assertEquals(Duration.ofHours(2), DurationText.parse("2h"));
    assertEquals(Duration.ofDays(2), DurationText.parse("2d"));
    assertEquals(Duration.ofMinutes(10), DurationText.parse("PT10M"));
  }

  @Test
  void rejectsWhatIsNotADuration() {
    assertThrows(IllegalArgumentException.class, () -> DurationText.parse("10 minutes"));
    assertThrows(IllegalArgumentException.class, () -> DurationText.parse("-5s"));
    assertThrows(IllegalArgumentException.class, () -> DurationText.parse("PT-5S"));
    assertThrows(IllegalArgumentException.class, () -> DurationText.parse(""));
  }
}
