package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EarlierCopiesTest {

  @Test
  void aBucketMemberIsComparedWithTheEarliestAndTheFewJustBeforeIt() {
    List<String> bucket = List.of("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7");
    assertEquals(List.of(), EarlierCopies.comparedWith(bucket, 0));
    assertEquals(List.of("m0"), EarlierCopies.comparedWith(bucket, 1));
    assertEquals(List.of("m0", "m1", "m2"), EarlierCopies.comparedWith(bucket, 3));
    assertEquals(List.of("m0", "m3", "m4", "m5", "m6"), EarlierCopies.comparedWith(bucket, 7));
  }

  @Test
  void aCopyIsCloseToOneOfTheEarlierSentences() {
    EarlierCopies copies = new EarlierCopies(NearDuplicates.Settings.DEFAULT);
    int[] original = NearDuplicates.shingles(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
    int[] edited = NearDuplicates.shingles(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "x"));
    int[] other = NearDuplicates.shingles(List.of("k", "l", "m", "n", "o", "p", "q", "r", "s", "t"));
    assertTrue(copies.isCopy(edited, original));
    assertFalse(copies.isCopy(other, original));
    assertTrue(copies.isCopyOfAny(edited, List.of(other, original)));
    assertFalse(copies.isCopyOfAny(edited, List.of(other)));
  }
}
