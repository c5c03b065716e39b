package io.daybrief.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Streams occurrences keyed by a fingerprint and reports every occurrence that is not the first
 * of its fingerprint in the given order; at the end, reports the first occurrence too when the
 * fingerprint is template text (seen often, on several dates: a site's repeated footer, not a
 * syndicated story, which repeats on one or two days). Holds one small state per distinct
 * fingerprint, never the occurrences, so it can run over a shard's grouped values.
 *
 * @param <T> an occurrence
 */
public final class LaterCopies<T> {

  /**
   * @param minOccurrences a fingerprint seen at least this often ...
   * @param minDates ... on at least this many distinct dates is template text
   */
  public record TemplateRule(int minOccurrences, int minDates) implements java.io.Serializable {}

  private final ToLongFunction<T> fingerprint;
  private final Function<T, String> date;
  private final Comparator<T> order;
  private final TemplateRule template;
  private final Map<Long, Seen<T>> seen = new HashMap<>();

  public LaterCopies(ToLongFunction<T> fingerprint, Function<T, String> date, Comparator<T> order, TemplateRule template) {
    this.fingerprint = fingerprint;
    this.date = date;
    this.order = order;
    this.template = template;
  }

  /** Reports to {@code later} whichever of the new occurrence and the earliest known one is the later copy. */
  public void add(T occurrence, Consumer<T> later) {
    Seen<T> known = seen.get(fingerprint.applyAsLong(occurrence));
    if (known == null) {
      seen.put(fingerprint.applyAsLong(occurrence), new Seen<>(occurrence, date.apply(occurrence)));
      return;
    }
    known.occurrences++;
    if (known.dates.size() < template.minDates()) {
      known.dates.add(date.apply(occurrence));
    }
    if (order.compare(occurrence, known.earliest) < 0) {
      later.accept(known.earliest);
      known.earliest = occurrence;
    } else {
      later.accept(occurrence);
    }
  }

  /** After the last {@link #add}: the earliest occurrence of every template fingerprint. */
  public void templates(Consumer<T> earliestOfTemplate) {
    for (Seen<T> known : seen.values()) {
      if (known.occurrences >= template.minOccurrences() && known.dates.size() >= template.minDates()) {
        earliestOfTemplate.accept(known.earliest);
      }
    }
  }

  private static final class Seen<T> {
    T earliest;
    int occurrences = 1;
    final Set<String> dates = new HashSet<>();

    Seen(T earliest, String date) {
      this.earliest = earliest;
      dates.add(date);
    }
  }
}
