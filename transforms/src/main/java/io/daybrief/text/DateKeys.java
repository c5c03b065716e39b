package io.daybrief.text;

import java.util.Comparator;

/** Date keys are ISO dates ({@code YYYY-MM-DD}) or {@link #UNDATED}, which sorts after every date. */
public final class DateKeys {
  public static final String UNDATED = "undated";

  /** ISO dates sort correctly as strings; {@code undated} goes last. */
  public static final Comparator<String> ORDER =
      Comparator.comparing((String key) -> UNDATED.equals(key)).thenComparing(Comparator.naturalOrder());

  private DateKeys() {}
}
