package org.swapledger.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A calendar date known to the day, or only to the month ("in mid-May" → 2023-05). */
public record PartialDate(LocalDate date, boolean monthOnly) implements Comparable<PartialDate> {
  public PartialDate {
    Objects.requireNonNull(date, "date");
    if (monthOnly && date.getDayOfMonth() != 1) {
      throw new IllegalArgumentException("A month-only date is stored as the first of the month: " + date);
    }
  }

  public static PartialDate day(LocalDate date) {
    return new PartialDate(date, false);
  }

  public static PartialDate month(YearMonth month) {
    return new PartialDate(month.atDay(1), true);
  }

  /** Parses "2024-01-31" or "2024-01". */
  public static PartialDate parse(String text) {
    String t = text.trim();
    return t.length() == 7 ? month(YearMonth.parse(t)) : day(LocalDate.parse(t));
  }

  public YearMonth yearMonth() {
    return YearMonth.from(date);
  }

  @Override
  public String toString() {
    return monthOnly ? yearMonth().toString() : date.toString();
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = date.compareTo(o.date);
    return c != 0 ? c : Boolean.compare(o.monthOnly, monthOnly);
  }
}
