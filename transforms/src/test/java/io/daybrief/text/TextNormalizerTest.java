package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void typographicQuotesBecomePlain() {
    assertEquals("\"Hi\" 'you' \"low\" \"rev\" \"fr\" 'a' 'b' 'c' 'd' \"e\" 'f'",
        TextNormalizer.normalize(
            "\u201CHi\u201D \u2018you\u2019 \u201Elow\u201D \u201Frev\u201D \u00ABfr\u00BB "
                + "\u201Aa\u2018 \u201Bb\u2019 \u2032c\u2032 \u2039d\u203A \u2033e\u2033 \u2035f\u2035"));
  }

  @Test
  void typographicDashesBecomeHyphens() {
    assertEquals("a-b-c-d-e-f-g-h",
        TextNormalizer.normalize("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h"));
    assertEquals("Moscow is ready for talks - but won't stop",
        TextNormalizer.normalize("Moscow is ready for talks \u2014 but won\u2019t stop"));
  }

  @Test
  void pageArtifactsAreRemovedInAnyCase() {
    assertEquals(
        "More than 1 million people have fled Ukraine, UN officials say, prompting major humanitarian concerns.",
        TextNormalizer.normalize(
            "More than 1 million people have fled Ukraine, UN officials say, prompting major humanitarian concerns. (new window)"));
    assertEquals("calls for NATO no-fly zone, says the fight",
        TextNormalizer.normalize("calls for NATO no-fly zone, (new window) says the fight"));
    assertEquals("banned from Beijing Paralympics less than 24 hours",
        TextNormalizer.normalize("banned from Beijing Paralympics (New Window) less than 24 hours"));
    assertEquals("Report here and there",
        TextNormalizer.normalize("Report (OPENS IN NEW WINDOW) here (opens in a new tab) and\u00A0(opens in a\u00A0new tab) there"));
    assertEquals("Kyiv (the capital) held", TextNormalizer.normalize("Kyiv (the capital) held"));
  }

  @Test
  void invisibleCharactersAreDropped() {
    assertEquals("Zelenskyy said it", TextNormalizer.normalize(
        "\uFEFFZelen\u00ADskyy\u200B said\u200D \u2060it\u0007\u200E"));
  }

  @Test
  void everyKindOfWhitespaceCollapsesToOneSpaceAndEndsAreTrimmed() {
    assertEquals("Kyiv is under attack", TextNormalizer.normalize(
        "\u00A0 Kyiv\t\tis\u2003under\u202F\u3000attack \r\n\u0085"));
    assertEquals("", TextNormalizer.normalize(" \u00A0\t "));
  }

  @Test
  void compatibilityCharactersAreFolded() {
    assertEquals("final ... Kyiv", TextNormalizer.normalize("\uFB01nal \u2026 \uFF2B\uFF59\uFF49\uFF56"));
    assertEquals("Caf\u00E9", TextNormalizer.normalize("Cafe\u0301"));
  }

  @Test
  void leadingListBulletsAreStripped() {
    assertEquals("Ukrainians struck a Russian convoy on the outskirts of Kyiv",
        TextNormalizer.normalize("  \u2022 Ukrainians struck a Russian convoy on the outskirts of Kyiv"));
    for (String bullet : new String[] {"\u00B7", "\u25AA", "\u25E6", "\u2023", "-", "*", "\u2013"}) {
      assertEquals("item one", TextNormalizer.normalize(bullet + " item one"), bullet);
    }
    assertEquals("-5 degrees overnight", TextNormalizer.normalize("-5 degrees overnight"));
    assertEquals("*Correction", TextNormalizer.normalize("*Correction"));
  }

  @Test
  void plainTextIsReturnedUnchanged() {
    String plain = "Grandi said that unless there's an immediate end to the fighting, millions more will likely flee Ukraine.";
    assertEquals(plain, TextNormalizer.normalize(plain));
  }

  @Test
  void canonicalKeepsLowerCaseLettersAndDigitsSeparatedBySingleSpaces() {
    assertEquals("u n ukraine refugee count tops 1 million",
        TextNormalizer.canonical("U.N.: Ukraine Refugee Count Tops 1 Million"));
    assertEquals("russia s 2 000 civilians", TextNormalizer.canonical("  \"Russia's\" -- 2,000 civilians!! "));
    assertEquals("istanbul", TextNormalizer.canonical("\u0130stanbul"));
    assertEquals("", TextNormalizer.canonical("... --- !!!"));
  }

  @Test
  void seedCopiesOfOneParagraphShareTheirCanonicalForm() {
    assertSameCanonical(Seeds.block("000", "Hour by hour"), Seeds.block("001", "\"Hour by hour"));
    assertSameCanonical(Seeds.block("000", "We are ready"), Seeds.block("001", "\"We are ready"));
    String withArtifact = rawLine("000", "Ukraine's former president");
    String withoutArtifact = rawLine("001", "Ukraine's former president");
    String typographic = withoutArtifact.replace('\'', '\u2019');
    assertNotEquals(withArtifact, withoutArtifact);
    assertEquals(TextNormalizer.normalize(withoutArtifact), TextNormalizer.normalize(withArtifact));
    assertEquals(TextNormalizer.normalize(withoutArtifact), TextNormalizer.normalize(typographic));
    assertNotEquals(
        TextNormalizer.canonical(Seeds.block("000", "Hour by hour")),
        TextNormalizer.canonical(Seeds.block("001", "Grandi said")));
  }

  @Test
  void normalizingTwiceChangesNothing() {
    String once = TextNormalizer.normalize("\u2022 \u201CIt\u2019s \u2014 (new window) here\u201D\u00A0\u00A0now");
    assertEquals("\"It's - here\" now", once);
    assertEquals(once, TextNormalizer.normalize(once));
  }

  @Test
  void linearOnHostileInput() {
    Adversarial.assertLinear(TextNormalizer::normalize);
    Adversarial.assertLinear(TextNormalizer::canonical);
  }

  private static String rawLine(String seed, String start) {
    for (String line : Seeds.withoutHeader(Seeds.raw(seed)).split("\n")) {
      if (line.startsWith(start)) {
        return line;
      }
    }
    throw new AssertionError("no line " + start + " in seed " + seed);
  }

  private static void assertSameCanonical(String first, String second) {
    assertNotEquals(first, second, "the copies should differ before canonicalisation");
    assertEquals(TextNormalizer.canonical(first), TextNormalizer.canonical(second));
  }
}
