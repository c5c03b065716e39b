package io.daybrief.bench;

import java.util.Locale;

/** Sizes written as people write them ("10MB", "1.6GB", "512KB", "12345"); binary units, so 1 MB = 2^20 bytes. */
final class ByteSize {
  private ByteSize() {}

  static long parse(String text) {
    String value = text.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    String number = value;
    String[] suffixes = {"GB", "MB", "KB", "B"};
    for (int i = 0; i < suffixes.length; i++) {
      if (value.endsWith(suffixes[i])) {
        unit = 1L << (10 * (suffixes.length - 1 - i));
        number = value.substring(0, value.length() - suffixes[i].length()).strip();
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
}
