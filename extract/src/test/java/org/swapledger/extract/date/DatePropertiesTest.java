package org.swapledger.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swapledger.extract.English;
import org.swapledger.model.Mention.DateMention;
import org.swapledger.model.PartialDate;

/** Random exchange days written in the forms the press uses, read back against a publication a few days later. */
class DatePropertiesTest {
  private static final LocalDate FIRST = LocalDate.of(2022, 2, 24);
  private static final int DAYS = 5 * 365;
  private static final DateFinder finder = new DateFinder(English.PACK);

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** "Jan", "Sept", "May": the short forms of the pack. */
  private static String shortMonth(LocalDate d, Random r) {
    String s = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return s.equals("Sep") && r.nextBoolean() ? "Sept" : s;
  }

  /** The day written with a year, in one of six forms. */
  private static String withYear(LocalDate d, Random r) {
    int day = d.getDayOfMonth();
    String shortMonth = shortMonth(d, r);
    String dotted = shortMonth.equals("May") ? shortMonth : shortMonth + ".";
    return switch (r.nextInt(6)) {
      case 0 -> month(d) + " " + day + ", " + d.getYear();
      case 1 -> day + " " + month(d) + " " + d.getYear();
      case 2 -> dotted + " " + day + ", " + d.getYear();
      case 3 -> day + " " + shortMonth + " " + d.getYear();
      case 4 -> String.format(Locale.ROOT, "%02d.%02d.%d", day, d.getMonthValue(), d.getYear());
      default -> d.toString();
    };
  }

  /** The day written without a year, in one of four forms. */
  private static String withoutYear(LocalDate d, Random r) {
    int day = d.getDayOfMonth();
    String shortMonth = shortMonth(d, r);
    return switch (r.nextInt(4)) {
      case 0 -> month(d) + " " + day;
      case 1 -> day + " " + month(d);
      case 2 -> (shortMonth.equals("May") ? "May" : shortMonth + ".") + " " + day;
      default -> day + " " + shortMonth;
    };
  }

  private DateMention only(String text, String written, LocalDate published) {
    List<DateMention> found = finder.find(text, published);
    assertThat(found).as("dates in '%s' published %s", text, published).hasSize(1);
    assertThat(found.getFirst().span().of(text)).isEqualTo(written);
    return found.getFirst();
  }

  private static LocalDate randomDay(Random r) {
    return FIRST.plusDays(r.nextInt(DAYS));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.swapledger.extract.RandomText#seeds")
  void a_day_with_its_year_resolves_to_itself_whenever_published(long seed) {
    Random r = new Random(seed);
    LocalDate d = randomDay(r);
    String written = withYear(d, r);
    LocalDate published = r.nextBoolean() ? null : randomDay(r);

    DateMention m = only("Prisoners came home on " + written + ", officials said.", written, published);
    assertThat(m.date()).isEqualTo(PartialDate.day(d));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.swapledger.extract.RandomText#seeds")
  void a_day_without_year_resolves_against_a_publication_within_a_week(long seed) {
    Random r = new Random(seed);
    LocalDate d = randomDay(r);
    LocalDate published = d.plusDays(r.nextInt(7));
    String written = withoutYear(d, r);

    DateMention m = only("Prisoners came home on " + written + ", officials said.", written, published);
    assertThat(m.date()).as("'%s' published %s", written, published).isEqualTo(PartialDate.day(d));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.swapledger.extract.RandomText#seeds")
  void a_weekday_resolves_to_the_latest_such_day_up_to_publication(long seed) {
    Random r = new Random(seed);
    LocalDate d = randomDay(r);
    LocalDate published = d.plusDays(r.nextInt(7));
    String written = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);

    DateMention m = only("Prisoners came home on " + written + ", officials said.", written, published);
    assertThat(m.date()).as("'%s' published %s", written, published).isEqualTo(PartialDate.day(d));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.swapledger.extract.RandomText#seeds")
  void today_and_yesterday_resolve_against_publication(long seed) {
    Random r = new Random(seed);
    LocalDate published = randomDay(r);
    boolean yesterday = r.nextBoolean();
    String written = yesterday ? "yesterday" : "today";

    DateMention m = only("Prisoners came home " + written + ", officials said.", written, published);
    assertThat(m.date()).isEqualTo(PartialDate.day(yesterday ? published.minusDays(1) : published));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.swapledger.extract.RandomText#seeds")
  void a_month_frame_resolves_to_the_latest_such_month_up_to_publication(long seed) {
    Random r = new Random(seed);
    LocalDate d = randomDay(r);
    LocalDate published = d.plusDays(r.nextInt(330));
    String frame = List.of("at the end of", "in early", "in mid-", "in late", "at the start of").get(r.nextInt(5));
    String written = frame + (frame.endsWith("-") ? "" : " ") + month(d);

    DateMention m = only("Prisoners came home " + written + ", officials said.", written, published);
    assertThat(m.date()).as("'%s' published %s", written, published).isEqualTo(PartialDate.month(YearMonth.from(d)));
  }
}
