package org.swapledger.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.extract.English;
import org.swapledger.model.Mention.DateKind;
import org.swapledger.model.Mention.DateMention;
import org.swapledger.model.PartialDate;

class DateFinderTest {
  private static final LocalDate THU_2024_01_04 = LocalDate.of(2024, 1, 4);
  private final DateFinder finder = new DateFinder(English.PACK);

  private List<DateMention> find(String text, LocalDate published) {
    return finder.find(text, published);
  }

  private static PartialDate day(String iso) {
    return PartialDate.parse(iso);
  }

  @Test
  void reads_month_day_year() {
    String text = "The swap happened on January 31, 2024, near Sumy.";

    assertThat(find(text, null)).extracting(d -> d.span().of(text), DateMention::date, DateMention::kind)
        .containsExactly(tuple("January 31, 2024", day("2024-01-31"), DateKind.EXPLICIT_DAY));
  }

  @Test
  void reads_day_month_year() {
    String text = "On 25 June 2024 ninety people came home.";

    assertThat(find(text, null)).extracting(DateMention::date).containsExactly(day("2024-06-25"));
  }

  @Test
  void resolves_day_and_short_month_to_the_publication_year() {
    String text = "The exchange of 31 Jan was the 50th.";

    assertThat(find(text, LocalDate.of(2024, 2, 2))).extracting(d -> d.span().of(text), DateMention::date)
        .containsExactly(tuple("31 Jan", day("2024-01-31")));
  }

  @Test
  void reads_an_abbreviated_month_with_a_full_stop() {
    String text = "On Jan. 24 a plane crashed near Belgorod.";

    assertThat(find(text, LocalDate.of(2024, 1, 25))).extracting(d -> d.span().of(text), DateMention::date)
        .containsExactly(tuple("Jan. 24", day("2024-01-24")));
  }

  @Test
  void resolves_a_date_without_year_to_the_previous_year_when_it_would_lie_after_publication() {
    String text = "The last swap was on December 29.";

    assertThat(find(text, LocalDate.of(2024, 1, 2))).extracting(DateMention::date)
        .containsExactly(day("2023-12-29"));
  }

  @Test
  void resolves_wednesday_against_thursday_publication() {
    String text = "Ukraine got 230 people back on Wednesday.";

    assertThat(find(text, THU_2024_01_04)).extracting(d -> d.span().of(text), DateMention::date, DateMention::kind)
        .containsExactly(tuple("Wednesday", day("2024-01-03"), DateKind.WEEKDAY));
  }

  @Test
  void resolves_the_weekday_of_publication_to_the_same_day() {
    assertThat(find("on Thursday", THU_2024_01_04)).extracting(DateMention::date)
        .containsExactly(day("2024-01-04"));
  }

  @Test
  void resolves_friday_against_thursday_publication_to_the_previous_week() {
    assertThat(find("on Friday", THU_2024_01_04)).extracting(DateMention::date)
        .containsExactly(day("2023-12-29"));
  }

  @Test
  void resolves_today_and_yesterday_against_publication() {
    String text = "Today 90 people came home; yesterday talks ended.";

    assertThat(find(text, THU_2024_01_04)).extracting(d -> d.span().of(text), DateMention::date, DateMention::kind)
        .containsExactly(tuple("Today", day("2024-01-04"), DateKind.RELATIVE),
            tuple("yesterday", day("2024-01-03"), DateKind.RELATIVE));
  }

  @Test
  void reads_the_end_of_may_as_a_month_of_the_publication_year() {
    String text = "A swap at the end of May returned 75 people.";

    assertThat(find(text, LocalDate.of(2024, 6, 26)))
        .extracting(d -> d.span().of(text), DateMention::date, DateMention::kind)
        .containsExactly(tuple("at the end of May", PartialDate.parse("2024-05"), DateKind.EXPLICIT_MONTH));
  }

  @Test
  void puts_a_later_month_in_the_year_before_publication() {
    assertThat(find("at the end of May", LocalDate.of(2024, 3, 1))).extracting(DateMention::date)
        .containsExactly(PartialDate.parse("2023-05"));
  }

  @Test
  void the_modal_may_is_not_a_month() {
    assertThat(find("More prisoners may be freed in the coming days.", THU_2024_01_04)).isEmpty();
  }

  @Test
  void reads_numeric_and_iso_dates() {
    String text = "Dated 03.01.2024, filed 2024-01-04.";

    assertThat(find(text, null)).extracting(DateMention::date)
        .containsExactly(day("2024-01-03"), day("2024-01-04"));
  }

  @Test
  void an_impossible_date_is_no_date() {
    assertThat(find("on 31 February 2024", null)).isEmpty();
  }

  @Test
  void without_publication_leaves_out_what_needs_it() {
    assertThat(find("On Wednesday, today, at the end of May and on 31 Jan, prisoners came home.", null)).isEmpty();
  }

  @Test
  void prefers_the_explicit_date_over_the_weekday_inside_it() {
    String text = "on Wednesday, January 3, 2024";

    assertThat(find(text, THU_2024_01_04)).extracting(d -> d.span().of(text), DateMention::date)
        .contains(tuple("January 3, 2024", day("2024-01-03")));
  }
}
