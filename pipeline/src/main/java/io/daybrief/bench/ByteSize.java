package io.daybrief.bench;

import java.util.Locale;

/** Sizes written as people write them ("10MB", "1.6GB", "512KB", "12345"); binary units, so 1 MB = 2^20 bytes. */
public final class ByteSize {
  public static final long MB = 1L << 20;

  private ByteSize() {}

  public static long parse(String text) {
    String value = text.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    String number = value;
    for (String[] suffix : new String[][] {{"GB", "30"}, {"MB", "20"}, {"KB", "10"}, {"B", "0"}}) {
      if (value.endsWith(suffix[0])) {
        unit = 1L << Integer.parseInt(suffix[1]);
        number = value.substring(0, value.length() - suffix[0].length()).strip();
        break;
      }
    }
    double amount;
    try {
      amount = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a size (examples: 10MB, 1.6GB, 512KB)");
    }
    if (!(amount > 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("'" + text + "' is not a positive size");
    }
    return Math.round(amount * unit);
  }

  /** Megabytes with two decimals, the unit every benchmark figure uses. */
  public static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.2f", (double) bytes / MB);
  }
}
