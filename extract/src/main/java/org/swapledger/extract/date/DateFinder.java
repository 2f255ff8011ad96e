package org.swapledger.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.extract.lang.Anchored;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.lang.TextHits;
import org.swapledger.model.Mention.DateKind;
import org.swapledger.model.Mention.DateMention;
import org.swapledger.model.PartialDate;
import org.swapledger.model.Span;

/**
 * Finds dates ("January 31, 2024", "31 Jan", "03.01.2024"), weekdays ("on Wednesday"), relative days ("today",
 * "yesterday") and months ("at the end of May"), resolved against the publication date: a date without a year
 * is the latest such date not after publication; a weekday is the latest such day on or before it; a movable feast
 * ("на Великдень") is the latest of the pack's dates for it not after publication; "last week" is only a month.
 */
public final class DateFinder {
  private final LanguagePack pack;
  private final Map<String, Integer> months;
  private final Map<String, Integer> weekdays;
  private final Map<String, Integer> relative;
  private final boolean capitalized;
  private final Pattern dayMonth;
  private final Pattern monthDay;
  private final Pattern numeric;
  private final Pattern iso;
  private final Pattern weekday;
  private final Pattern relativeDay;
  private final Pattern monthOnly;
  private final Map<String, List<LocalDate>> holidays;
  private final @Nullable Pattern holiday;
  private final Map<String, Integer> relativeMonths;
  private final @Nullable Pattern relativeMonth;

  public DateFinder(LanguagePack pack) {
    this.pack = pack;
    this.months = pack.months();
    this.weekdays = pack.weekdays();
    this.relative = pack.relativeDays();
    this.capitalized = pack.monthsCapitalized();
    String month = alternation(months.keySet());
    String suffix = pack.ordinalSuffix().isEmpty() ? "" : "(?:" + pack.ordinalSuffix() + ")?";
    int flags = 0; // matched on lowercased text
    String l = "(?<![\\p{L}\\p{N}])";
    String r = "(?![\\p{L}\\p{N}])";
    // a letter may stick to the day in damaged text ("уряд13 жовтня"), never a digit
    // "31 of January", "14 de agosto de 2025": the pack's words between day, month and year
    String join = "(?:(?:" + alternation(pack.dateJoiners()) + ")\\s+)?";
    // each pattern is tried only where it can start (Anchored.at): at a run of digits or at a word of the index
    this.dayMonth = Pattern.compile("(?<![\\p{N}])(\\d{1,2})" + suffix + "\\.?\\s+" + join + "(" + month + ")\\.?" + r
        + "(?:,?\\s+" + join + "(\\d{4})" + r + ")?", flags);
    this.monthDay = Pattern.compile(l + "(" + month + ")\\.?\\s+(\\d{1,2})" + suffix + "(?![\\p{N}:])" + r
        + "(?:,?\\s*(\\d{4})" + r + ")?", flags);
    this.numeric = Pattern.compile(l + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + r);
    this.iso = Pattern.compile(l + "(\\d{4})-(\\d{2})-(\\d{2})" + r);
    this.weekday = Pattern.compile(l + "(" + alternation(weekdays.keySet()) + ")" + r, flags);
    this.relativeDay = Pattern.compile(l + "(" + alternation(relative.keySet()) + ")" + r, flags);
    this.relativeMonths = pack.relativeMonths();
    this.relativeMonth = relativeMonths.isEmpty() ? null
        : Pattern.compile(l + "(" + alternation(relativeMonths.keySet()) + ")" + r, flags);
    this.holidays = pack.holidays();
    this.holiday = holidays.isEmpty() ? null
        : Pattern.compile(l + "(" + alternation(holidays.keySet()) + ")" + r, flags);
    this.monthOnly = Pattern.compile(l + "(?:" + String.join("|", pack.monthFrames().stream().map(Lexicon::lowerLiterals)
        .toList()) + ")\\s*(" + month + ")" + r
        + "(?:\\s+(\\d{4})" + r + ")?(?!\\s*\\d)", flags);
  }

  private static String alternation(java.util.Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return String.join("|", sorted.stream().map(Pattern::quote).toList());
  }

  /** All dates in {@code text}; without a publication date, dates that need one to resolve are left out. */
  public List<DateMention> find(String text, @Nullable LocalDate published) {
    String lower = Lexicon.lower(text);
    return find(text, lower, published, pack.hits(lower));
  }

  /**
   * As {@link #find(String, LocalDate)}, given the text lowercased one char for one and the pack's phrase hits in
   * it: each pattern is tried only where it can start, at a digit or at a word the index found, never scanned.
   */
  public List<DateMention> find(String original, String text, @Nullable LocalDate published, TextHits hits) {
    List<DateMention> out = new ArrayList<>();
    int[] digitRuns = hits.digitRuns();
    for (MatchResult m : Anchored.at(dayMonth, text, digitRuns)) {
      add(out, original, m.start(), m.end(), m.group(2), m.group(1), m.group(3), published);
    }
    for (MatchResult m : Anchored.at(monthDay, text, hits.starts(pack.monthWords()))) {
      add(out, original, m.start(), m.end(), m.group(1), m.group(2), m.group(3), published);
    }
    for (MatchResult m : Anchored.at(numeric, text, digitRuns)) {
      day(out, m.start(), m.end(), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1)));
    }
    for (MatchResult m : Anchored.at(iso, text, digitRuns)) {
      day(out, m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    if (published != null) {
      for (MatchResult m : Anchored.at(weekday, text, hits.starts(pack.weekdayWords()))) {
        int dow = weekdays.get(m.group(1).toLowerCase(Locale.ROOT));
        int back = (published.getDayOfWeek().getValue() - dow + 7) % 7;
        out.add(new DateMention(new Span(m.start(), m.end()), PartialDate.day(published.minusDays(back)),
            DateKind.WEEKDAY));
      }
      for (MatchResult m : Anchored.at(relativeDay, text, hits.starts(pack.relativeDayWords()))) {
        int shift = relative.get(m.group(1).toLowerCase(Locale.ROOT));
        out.add(new DateMention(new Span(m.start(), m.end()), PartialDate.day(published.plusDays(shift)),
            DateKind.RELATIVE));
      }
    }
    if (published != null && relativeMonth != null) {
      for (MatchResult m : Anchored.at(relativeMonth, text, hits.starts(pack.relativeMonthWords()))) {
        LocalDate day = published.plusDays(relativeMonths.get(m.group(1).toLowerCase(Locale.ROOT)));
        out.add(new DateMention(new Span(m.start(), m.end()), PartialDate.month(YearMonth.from(day)),
            DateKind.EXPLICIT_MONTH));
      }
    }
    if (published != null && holiday != null) {
      for (MatchResult m : Anchored.at(holiday, text, hits.starts(pack.holidayWords()))) {
        LocalDate latest = null;
        for (LocalDate d : holidays.get(m.group(1).toLowerCase(Locale.ROOT))) {
          if (!d.isAfter(published.plusDays(1)) && (latest == null || d.isAfter(latest))) {
            latest = d;
          }
        }
        if (latest != null) {
          out.add(new DateMention(new Span(m.start(), m.end()), PartialDate.day(latest), DateKind.EXPLICIT_DAY));
        }
      }
    }
    for (MatchResult m : Anchored.at(monthOnly, text, hits.starts(pack.monthFrameWords()))) {
      if (!monthWord(original, m.start(1))) {
        continue;
      }
      Integer mon = months.get(m.group(1).toLowerCase(Locale.ROOT));
      YearMonth ym;
      if (m.group(2) != null) {
        ym = YearMonth.of(Integer.parseInt(m.group(2)), mon);
      } else if (published != null) {
        ym = YearMonth.of(published.getYear(), mon);
        if (ym.isAfter(YearMonth.from(published))) {
          ym = ym.minusYears(1);
        }
      } else {
        continue;
      }
      out.add(new DateMention(new Span(m.start(), m.end()), PartialDate.month(ym), DateKind.EXPLICIT_MONTH));
    }
    return dropOverlaps(out);
  }

  private boolean monthWord(String text, int at) {
    return !capitalized || Character.isUpperCase(text.charAt(at));
  }

  private void add(List<DateMention> out, String text, int start, int end, String monthWord, String dayText,
      @Nullable String yearText, @Nullable LocalDate published) {
    int monthAt = indexIgnoringCase(text, monthWord, start, end);
    if (monthAt < 0 || !monthWord(text, monthAt)) {
      return;
    }
    Integer mon = months.get(monthWord.toLowerCase(Locale.ROOT));
    int d = Integer.parseInt(dayText);
    if (mon == null || d < 1 || d > 31) {
      return;
    }
    if (yearText != null) {
      day(out, start, end, Integer.parseInt(yearText), mon, d);
      return;
    }
    if (published == null) {
      return;
    }
    try {
      LocalDate candidate = LocalDate.of(published.getYear(), mon, d);
      if (candidate.isAfter(published.plusDays(1))) {
        candidate = candidate.minusYears(1);
      }
      out.add(new DateMention(new Span(start, end), PartialDate.day(candidate), DateKind.EXPLICIT_DAY));
    } catch (DateTimeException e) {
      // "31 February": not a date
    }
  }

  /** Where {@code word} first stands in text[from, to), ignoring case; -1 when it does not. */
  private static int indexIgnoringCase(String text, String word, int from, int to) {
    for (int i = from; i + word.length() <= to; i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }

  private static void day(List<DateMention> out, int start, int end, int y, int mon, int d) {
    if (y < 1990 || y > 2100) {
      return;
    }
    try {
      out.add(new DateMention(new Span(start, end), PartialDate.day(LocalDate.of(y, mon, d)), DateKind.EXPLICIT_DAY));
    } catch (DateTimeException e) {
      // not a calendar date
    }
  }

  /** Keeps, of overlapping mentions, the most explicit and then the longest; kept spans are disjoint. */
  private static List<DateMention> dropOverlaps(List<DateMention> all) {
    all.sort(Comparator.comparing((DateMention d) -> d.kind().ordinal())
        .thenComparing(d -> -d.span().length()));
    java.util.TreeMap<Integer, DateMention> kept = new java.util.TreeMap<>();
    for (DateMention d : all) {
      var before = kept.floorEntry(d.span().start());
      var after = kept.ceilingEntry(d.span().start());
      boolean clash = before != null && before.getValue().span().overlaps(d.span())
          || after != null && after.getValue().span().overlaps(d.span());
      if (!clash) {
        kept.put(d.span().start(), d);
      }
    }
    return new ArrayList<>(kept.values());
  }


  /** Exposed for tests: the weekday number of a date. */
  static int weekdayOf(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w.getValue();
  }
}
