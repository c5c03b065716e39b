package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdfTest {

  @Test
  void smoothedIdfValues() {
    // ln((1 + 4) / (1 + 1)) + 1 = ln(2.5) + 1
    assertEquals(1.916290731874155, Idf.of(1, 4), 1e-12);
    // A term in every document keeps weight 1.
    assertEquals(1.0, Idf.of(4, 4), 1e-12);
    // An unseen term: ln(5) + 1.
    assertEquals(2.6094379124341003, Idf.of(0, 4), 1e-12);
  }
}
