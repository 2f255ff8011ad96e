package org.swapledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swapledger.ledger.Reports.toRussia;
import static org.swapledger.ledger.Reports.toUkraine;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.model.StoredReport;

class EventClustererTest {
  private final Reports reports = new Reports();
  private final EventClusterer clusterer = new EventClusterer();

  @Test
  void reports_of_one_day_from_different_articles_form_one_event() {
    List<EventClusterer.Cluster> events = clusterer.cluster(List.of(
        reports.report("2024-01-03", 49, List.of(), toUkraine(230, "Dmytro Lubinets")),
        reports.report("2024-01-03", null, List.of(), toRussia(248, "Russian Ministry of Defence"))));

    assertThat(events).hasSize(1);
    assertThat(events.get(0).date()).hasToString("2024-01-03");
    assertThat(events.get(0).reports()).hasSize(2);
  }

  @Test
  void next_day_report_with_a_near_figure_joins_the_exchange_it_describes() {
    List<EventClusterer.Cluster> events = clusterer.cluster(List.of(
        reports.report("2024-01-31", 50, List.of("United Arab Emirates"), toUkraine(207, "Volodymyr Zelensky")),
        reports.report("2024-01-31", null, List.of(), toUkraine(207, null)),
        reports.report("2024-02-01", null, List.of("United Arab Emirates"),
            toUkraine(195, "Russian Ministry of Defence"), toRussia(195, "Russian Ministry of Defence"))));

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.date()).hasToString("2024-01-31");
      assertThat(e.reports()).hasSize(3);
    });
  }

  @Test
  void neighbouring_days_with_different_ordinals_stay_two_events() {
    List<EventClusterer.Cluster> events = clusterer.cluster(List.of(
        reports.report("2024-09-13", 56, List.of(), toUkraine(49, null)),
        reports.report("2024-09-14", 57, List.of("United Arab Emirates"), toUkraine(103, "Volodymyr Zelensky"))));

    assertThat(events).extracting(e -> e.date().toString()).containsExactly("2024-09-13", "2024-09-14");
  }

  @Test
  void neighbouring_days_with_far_apart_figures_stay_two_events() {
    List<EventClusterer.Cluster> events = clusterer.cluster(List.of(
        reports.report("2026-03-05", null, List.of(), toUkraine(200, null), toRussia(200, null)),
        reports.report("2026-03-06", null, List.of(), toUkraine(302, null), toRussia(300, null))));

    assertThat(events).hasSize(2);
  }

  @Test
  void an_earlier_exchange_mentioned_in_passing_attaches_to_its_own_event() {
    StoredReport august = reports.report("2024-08-24", 55, List.of(), toUkraine(115, "Dmytro Lubinets"));
    StoredReport september = reports.report("2024-09-14", 57, List.of(), toUkraine(103, null));
    StoredReport inPassing = reports.report("2024-08", null, List.of(), toUkraine(115, null));

    List<EventClusterer.Cluster> events = clusterer.cluster(List.of(august, september, inPassing));

    assertThat(events).hasSize(2);
    assertThat(events.get(0).reports()).containsExactly(august, inPassing);
  }

  @Test
  void a_month_mention_with_no_matching_exchange_becomes_an_event_of_that_month() {
    List<EventClusterer.Cluster> events = clusterer.cluster(List.of(
        reports.report("2023-08", null, List.of(), toUkraine(22, null))));

    assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).hasToString("2023-08"));
  }

  @Test
  void an_undated_report_with_an_ordinal_joins_the_event_with_that_ordinal() {
    StoredReport dated = reports.report("2024-01-31", 50, List.of(), toUkraine(207, null));
    StoredReport undated = reports.report(999, null, 50, List.of(), toUkraine(207, "Volodymyr Zelensky"));

    assertThat(clusterer.cluster(List.of(dated, undated))).singleElement()
        .satisfies(e -> assertThat(e.reports()).containsExactly(dated, undated));
  }

  @Test
  void a_lone_running_total_misread_as_an_exchange_makes_no_event() {
    assertThat(clusterer.cluster(List.of(reports.report("2023-11-30", null, List.of(), toUkraine(3574, "Ukraine")))))
        .isEmpty();
  }

  @Test
  void a_thin_report_joins_the_event_of_its_day() {
    StoredReport main = reports.report("2024-02-08", 51, List.of(), toUkraine(100, null));
    StoredReport thin = reports.report("2024-02-08", null, List.of(), toUkraine(3135, "Dmytro Lubinets"));

    assertThat(clusterer.cluster(List.of(main, thin))).singleElement()
        .satisfies(e -> assertThat(e.reports()).containsExactly(main, thin));
  }
}
