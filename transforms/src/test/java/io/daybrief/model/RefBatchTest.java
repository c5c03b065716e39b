package io.daybrief.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class RefBatchTest {

  @Test
  void sentenceEntriesCarryTheirSetHashThroughTheCoder() throws Exception {
    RefBatch.Builder builder = new RefBatch.Builder("2022-03-03", "a");
    for (int i = 0; i < 20; i++) {
      builder.add(100L + i, i, i % 3, -7L * i);
    }
    RefBatch batch = builder.build();

    RefBatch decoded = CoderUtils.clone(RefBatch.RefBatchCoder.of(), batch);

    assertEquals(20, decoded.size());
    assertArrayEquals(batch.keys(), decoded.keys());
    assertArrayEquals(batch.sets(), decoded.sets());
    assertEquals(new SentenceRef("2022-03-03", "a", 19, 1), decoded.sentenceRef(19));
    assertEquals(-7L * 19, decoded.sets()[19]);
  }

  @Test
  void paragraphEntriesHaveNoSets() throws Exception {
    RefBatch batch = new RefBatch.Builder("2022-03-03", "a").add(5L, 0, -1).add(6L, 1, -1).build();

    RefBatch decoded = CoderUtils.clone(RefBatch.RefBatchCoder.of(), batch);

    assertNull(decoded.sets());
    assertEquals(new ParagraphRef(6L, "2022-03-03", "a", 1), decoded.paragraphRef(1));
    assertThrows(IllegalStateException.class, () -> new RefBatch.Builder("d", "a").add(1L, 0, -1).add(2L, 0, 0, 3L));
  }
}
