package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Real sentence pairs from the seed articles: 000 and 001 (CBC, 2022-03-03) and 002 (AP, undated). */
class NearDuplicatesTest {
  private static final NearDuplicates NEAR = new NearDuplicates(NearDuplicates.Settings.DEFAULT);

  // 001 vs 002: one word edited ("noting" vs "adding", "they" vs "it").
  private static final String READY_001 = "\"We are ready to conduct talks, but we will continue the operation because we won't allow Ukraine to preserve a military infrastructure that threatens Russia,\" Russian Foreign Minister Sergey Lavrov said, noting that they would let Ukrainians choose what government they should have.";
  private static final String READY_002 = "\"We are ready to conduct talks, but we will continue the operation because we won't allow Ukraine to preserve a military infrastructure that threatens Russia,\" Russian Foreign Minister Sergey Lavrov said, adding that it would let Ukrainians choose what government they should have.";
  // 000 vs 002: "United States" became "U.S.", "one" became "government".
  private static final String ALLIES_000 = "The United States and its allies have insisted that NATO is a defensive alliance that doesn't pose a threat to Russia.";
  private static final String ALLIES_002 = "The U.S. and its allies have insisted that NATO is a defensive alliance that doesn't pose a threat to Russia.";
  // 001 vs 002: the lead kept, its second half rewritten.
  private static final String LEAD_001 = "More than one million people have fled Ukraine following Russia's invasion, in the swiftest refugee exodus this century, the United Nations said Thursday, as Russian forces continued their push for control of key cities.";
  private static final String LEAD_002 = "More than 1 million people have fled Ukraine following Russia's invasion, in the swiftest refugee exodus this century, the United Nations said Thursday, as Moscow said it was ready for more talks to end fighting even as its forces pressed their assaults on the country's second-largest city and two strategic seaports.";
  // 001 vs 002: the same fact, written differently: not a copy.
  private static final String FLED_001 = "More than 1 million people have fled Ukraine, UN officials say, prompting major humanitarian concerns.";
  private static final String FLED_002 = "The United Nations refugee agency says more than 1 million people have fled Ukraine since Russia invaded last week.";
  // 001 vs 002: two reports of the casualty count.
  private static final String KILLED_001 = "At least 227 civilians have been killed and another 525 wounded since the invasion began, according to the latest figures from the office of the UN High Commissioner for Human Rights.";
  private static final String STATE_003 = "Ukraine's State Emergency Service said that 2,000 civilians have been killed during the invasion.";

  @Test
  void aSetHashTellsIdenticalSetsFromDifferentOnes() {
    assertEquals(NearDuplicates.setHash(shingles(READY_001)), NearDuplicates.setHash(shingles(READY_001)));
    assertNotEquals(NearDuplicates.setHash(shingles(READY_002)), NearDuplicates.setHash(shingles(READY_001)));
    assertNotEquals(NearDuplicates.setHash(new int[] {1, 2}), NearDuplicates.setHash(new int[] {1, 2, 0}));
    assertTrue(NEAR.identicalIsCopy());
    assertTrue(NEAR.isCopy(shingles(READY_001), shingles(READY_001)));
  }

  @Test
  void syndicatedCopiesWithSmallEditsAreCopies() {
    assertCopy(READY_002, READY_001);
    assertCopy(ALLIES_002, ALLIES_000);
    assertTrue(NearDuplicates.jaccard(shingles(READY_002), shingles(READY_001)) >= 0.5);
  }

  @Test
  void aRewrittenLeadIsCaughtByContainment() {
    int[] later = shingles(LEAD_002);
    int[] earlier = shingles(LEAD_001);
    assertTrue(NearDuplicates.jaccard(later, earlier) < 0.5, "below the Jaccard threshold");
    assertTrue(NearDuplicates.overlap(later, earlier) >= 0.6, "but most of the earlier sentence is in it");
    assertCopy(LEAD_002, LEAD_001);
  }

  @Test
  void theSameFactsWrittenDifferentlyAreNotCopies() {
    assertFalse(NEAR.isCopy(shingles(FLED_002), shingles(FLED_001)));
    assertFalse(NEAR.isCopy(shingles(STATE_003), shingles(KILLED_001)));
    assertFalse(NEAR.isCopy(shingles(READY_001), shingles(ALLIES_000)));
  }

  @Test
  void copiesShareABandKeyAndUnrelatedSentencesDoNot() {
    assertTrue(shareBand(READY_002, READY_001));
    assertTrue(shareBand(ALLIES_002, ALLIES_000));
    assertFalse(shareBand(READY_001, ALLIES_000));
    assertEquals(NearDuplicates.Settings.DEFAULT.bands(), NEAR.bandKeys(shingles(READY_001)).length);
  }

  @Test
  void candidateKeysAreTheBandsThenAKeyThatOnlyTheSameSetShares() {
    long[] ready = NEAR.candidateKeys(shingles(READY_001));
    long[] bands = NEAR.bandKeys(shingles(READY_001));
    assertEquals(bands.length + 1, ready.length);
    assertArrayEquals(bands, java.util.Arrays.copyOf(ready, bands.length));
    assertEquals(NearDuplicates.setKey(NearDuplicates.setHash(shingles(READY_001))), ready[bands.length]);
    assertEquals(ready[bands.length], NEAR.candidateKeys(shingles(READY_001))[bands.length]);
    long[] nearCopy = NEAR.candidateKeys(shingles(READY_002));
    assertNotEquals(ready[bands.length], nearCopy[bands.length], "a near copy shares bands, not the set key");
    assertEquals(0, NEAR.candidateKeys(new int[0]).length);
  }

  @Test
  void shinglesAreSortedDistinctTermBigramsAndStable() {
    int[] shingles = NearDuplicates.shingles(List.of("refuge", "flee", "refuge", "flee"));
    assertEquals(2, shingles.length, "refuge flee, flee refuge");
    assertTrue(shingles[0] < shingles[1]);
    assertArrayEquals(shingles, NearDuplicates.shingles(List.of("refuge", "flee", "refuge", "flee")));
    assertEquals(1, NearDuplicates.shingles(List.of("kyiv")).length);
    assertEquals(0, NearDuplicates.shingles(List.of()).length);
    assertNotEquals(NearDuplicates.shingles(List.of("a", "b"))[0], NearDuplicates.shingles(List.of("b", "a"))[0]);
  }

  @Test
  void jaccardAndOverlapValues() {
    int[] a = {1, 2, 3, 4};
    int[] b = {3, 4, 5, 6, 7, 8};
    assertEquals(2.0 / 8, NearDuplicates.jaccard(a, b), 1e-12);
    assertEquals(2.0 / 4, NearDuplicates.overlap(a, b), 1e-12);
    assertEquals(0.0, NearDuplicates.jaccard(new int[0], new int[0]));
  }

  private static void assertCopy(String later, String earlier) {
    assertTrue(NEAR.isCopy(shingles(later), shingles(earlier)), later);
  }

  private static boolean shareBand(String a, String b) {
    long[] keysA = NEAR.bandKeys(shingles(a));
    long[] keysB = NEAR.bandKeys(shingles(b));
    for (int i = 0; i < keysA.length; i++) {
      if (keysA[i] == keysB[i]) {
        return true;
      }
    }
    return false;
  }

  private static int[] shingles(String sentence) {
    try (TermAnalyzer analyzer = new TermAnalyzer()) {
      return NearDuplicates.shingles(analyzer.terms(TextNormalizer.normalize(sentence)));
    }
  }

  @Test
  void repeatedKeysAreTheKeysHeldMoreThanOnce() {
    assertArrayEquals(new long[] {-4, 2, 7}, NearDuplicates.repeatedKeys(new long[] {7, 2, 9, -4, 7, 2, 2, -4, 1, 7}));
    assertArrayEquals(new long[0], NearDuplicates.repeatedKeys(new long[] {3, 1, 2}));
    assertArrayEquals(new long[0], NearDuplicates.repeatedKeys(new long[0]));
  }
}
