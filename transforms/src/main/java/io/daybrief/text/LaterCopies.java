package io.daybrief.text;

import java.util.HashMap;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Streams occurrences keyed by a fingerprint and reports every occurrence that is not the first of
 * its fingerprint in the given order. Holds one occurrence per distinct fingerprint, never the
 * whole stream, so it can run over a shard's grouped values.
 */
public final class LaterCopies {
  private LaterCopies() {}

  public static <T> void find(
      Iterable<T> occurrences, ToLongFunction<T> fingerprint, Comparator<T> order, Consumer<T> later) {
    Map<Long, T> earliest = new HashMap<>();
    for (T occurrence : occurrences) {
      T known = earliest.putIfAbsent(fingerprint.applyAsLong(occurrence), occurrence);
      if (known == null) {
        continue;
      }
      if (order.compare(occurrence, known) < 0) {
        earliest.put(fingerprint.applyAsLong(occurrence), occurrence);
        later.accept(known);
      } else {
        later.accept(occurrence);
      }
    }
  }
}
