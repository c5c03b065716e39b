package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

  /** Computed independently (Python: FNV-1a 64 over UTF-16LE bytes, then MurmurHash3 fmix64). */
  @Test
  void knownValues() {
    assertEquals(0xefd01f60ba992926L, Fingerprints.of(""));
    assertEquals(0x86fc2d0407502de5L, Fingerprints.of("a"));
    assertEquals(0xaa5d317680466163L, Fingerprints.of("daybrief"));
    assertEquals(0x09c12f4253df29e3L, Fingerprints.of("Kyiv \u2013 \u041A\u0438\u0457\u0432"));
    assertEquals(0x9e09e6cd9a70d4a9L, Fingerprints.of("\uD83D\uDE00"));
  }

  @Test
  void equalTextsEqualHashes() {
    String text = "u n ukraine refugee count tops 1 million";
    assertEquals(Fingerprints.of(text), Fingerprints.of(new String(text.toCharArray())));
  }

  @Test
  void orderAndEveryCharacterMatter() {
    assertNotEquals(Fingerprints.of("ab"), Fingerprints.of("ba"));
    assertNotEquals(Fingerprints.of("a"), Fingerprints.of("a "));
    // The high byte of a UTF-16 unit counts too: U+0141 and U+0041 share their low byte.
    assertNotEquals(Fingerprints.of("\u0141"), Fingerprints.of("A"));
  }

  @Test
  void noCollisionsAmongSimilarShortStrings() {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      seen.add(Fingerprints.of("paragraph " + i));
    }
    assertEquals(100_000, seen.size());
  }

  @Test
  void highBitsAreMixedForShortInputs() {
    Set<Long> topBytes = new HashSet<>();
    for (char c = 'a'; c <= 'z'; c++) {
      topBytes.add(Fingerprints.of(String.valueOf(c)) >>> 56);
    }
    assertEquals(26, topBytes.size(), "one-letter inputs should spread over the top byte");
  }

  @Test
  void linearOnHostileInput() {
    Adversarial.assertLinear(Fingerprints::of);
  }

  @Test
  void joinedEqualsTheHashOfTheJoinedString() {
    for (String[] pair : new String[][] {{"", ""}, {"russia", "ukrain"}, {"é", "日本"}, {"a b", ""}}) {
      assertEquals(Fingerprints.of(pair[0] + ' ' + pair[1]), Fingerprints.ofJoined(pair[0], ' ', pair[1]));
    }
  }
}
