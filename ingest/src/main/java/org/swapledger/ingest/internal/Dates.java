package org.swapledger.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates in metadata values, date lines and URLs ("2024-01-03T10:00Z", "January 3, 2024", "/2024/01/03/"). */
public final class Dates {
  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern ANY = Pattern.compile("(?i)\\b(?:(\\d{4})-(\\d{2})-(\\d{2})"
      + "|(\\d{1,2}) " + MONTH + ",? (\\d{4})"
      + "|" + MONTH + " (\\d{1,2}),? (\\d{4})"
      + "|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))");
  private static final Pattern IN_URL = Pattern.compile("(?:^|[/_-])((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?"
      + "(0[1-9]|[12]\\d|3[01])(?=$|[/_.-])");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec");

  private Dates() {}

  /** The first date written in {@code s}, in ISO, English ("3 January 2024", "Jan 3, 2024") or dotted form. */
  public static Optional<LocalDate> find(CharSequence s) {
    Matcher m = ANY.matcher(s);
    while (m.find()) {
      Optional<LocalDate> d = of(m);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** True when the whole of {@code line} (trimmed) is a date, possibly with a time ("January 3, 2024 14:05"). */
  public static Optional<LocalDate> ofLine(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 60) {
      return Optional.empty();
    }
    Matcher m = ANY.matcher(t);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String rest = t.substring(m.end()).strip();
    if (!rest.isEmpty() && !rest.matches("(?i)(?:,|at)?\\s*[\\dT:.+\\-Z ]*(?:UTC|GMT|CET|EET|[AP]M)?")) {
      return Optional.empty();
    }
    return of(m);
  }

  /** A date in a URL path ("/2024/01/03/", "-20240103-"). */
  public static Optional<LocalDate> inUrl(String url) {
    Matcher m = IN_URL.matcher(url);
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(Matcher m) {
    if (m.group(1) != null) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    if (m.group(4) != null) {
      return date(m.group(6), month(m.group(5)), m.group(4));
    }
    if (m.group(7) != null) {
      return date(m.group(9), month(m.group(7)), m.group(8));
    }
    return date(m.group(12), m.group(11), m.group(10));
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
