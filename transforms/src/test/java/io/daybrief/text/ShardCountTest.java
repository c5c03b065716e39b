package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShardCountTest {

  @Test
  void smallInputsKeepTheMinimum() {
    assertEquals(16, ShardCount.forInput(16, 0));
    assertEquals(16, ShardCount.forInput(16, 100L << 20));
  }

  @Test
  void largeInputsGetOneShardPerEightMegabytes() {
    assertEquals(50, ShardCount.forInput(16, 400L << 20));
    assertEquals(205, ShardCount.forInput(16, 1638L << 20));
    assertEquals(51, ShardCount.forInput(16, (400L << 20) + 1));
  }
}
