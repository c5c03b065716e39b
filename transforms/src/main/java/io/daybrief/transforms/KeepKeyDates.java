package io.daybrief.transforms;

import io.daybrief.model.DailySummary;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.values.PCollection;

/**
 * Keeps the {@code count} most important dates ({@link DailySummary#importance}), a timeline's key
 * dates; ties go to the date with more documents, then to the earlier date. One global top-n: a
 * summary per date is small, and a run has a few thousand dates at most.
 */
public final class KeepKeyDates extends PTransform<PCollection<DailySummary>, PCollection<DailySummary>> {
  /** Orders the more important date after the less important one (Top keeps the greatest). */
  static final ByImportance IMPORTANCE = new ByImportance();

  private final int count;

  public KeepKeyDates(int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive, was " + count);
    }
    this.count = count;
  }

  @Override
  public PCollection<DailySummary> expand(PCollection<DailySummary> summaries) {
    PCollection<List<DailySummary>> top = summaries.apply("TopDates", Top.of(count, IMPORTANCE));
    return top.apply("Dates", Flatten.iterables());
  }

  static final class ByImportance implements Comparator<DailySummary>, Serializable {
    @Override
    public int compare(DailySummary a, DailySummary b) {
      int order = Double.compare(a.importance(), b.importance());
      if (order == 0) {
        order = Integer.compare(a.documents(), b.documents());
      }
      return order != 0 ? order : b.date().compareTo(a.date());
    }
  }
}
