package io.daybrief.text;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which date keys a run keeps: an inclusive range (either end open), and whether undated
 * documents are kept. A range on either end leaves undated documents out, because they cannot be
 * shown to fall inside it.
 */
public record DateFilter(LocalDate from, LocalDate to, boolean keepUndated) implements Serializable {

  public boolean accepts(String dateKey) {
    if (DateKeys.UNDATED.equals(dateKey)) {
      return keepUndated && from == null && to == null;
    }
    LocalDate date = LocalDate.parse(dateKey);
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
