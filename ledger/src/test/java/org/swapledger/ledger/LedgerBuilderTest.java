package org.swapledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swapledger.ledger.Reports.toRussia;
import static org.swapledger.ledger.Reports.toUkraine;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.model.Check;
import org.swapledger.model.CumulativeClaim;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.LedgerView;
import org.swapledger.model.PartialDate;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Side;
import org.swapledger.model.Span;
import org.swapledger.model.StoredReport;

class LedgerBuilderTest {
  private final Reports reports = new Reports();
  private final LedgerBuilder builder = new LedgerBuilder(Reports.AUTHORITY);

  private static CumulativeClaim total(long id, long count, Qualifier q, String asOf) {
    return new CumulativeClaim(id, 500 + id, "Outlet", null, new CumulativeReport(Side.UKRAINE, count, q,
        PartialDate.parse(asOf), "Dmytro Lubinets", new Span(0, 20), new Span(0, 5)));
  }

  private List<StoredReport> fortyNinthAndFiftieth() {
    return List.of(
        reports.report("2024-01-03", 49, List.of("United Arab Emirates"), toUkraine(230, "Dmytro Lubinets"),
            toRussia(248, "Russian Ministry of Defence")),
        reports.report("2024-01-31", 50, List.of("United Arab Emirates"), toUkraine(207, "Volodymyr Zelensky"),
            toRussia(195, "Russian Ministry of Defence")));
  }

  @Test
  void consecutive_ordinals_pass_naming_the_reports_they_rest_on() {
    LedgerView view = builder.build(fortyNinthAndFiftieth(), List.of());

    Check seq = view.checks().stream().filter(c -> c.kind().equals("ordinal_sequence")).findFirst().orElseThrow();
    assertThat(seq.outcome()).isEqualTo(Check.Outcome.PASS);
    assertThat(seq.message()).contains("49th on 2024-01-03 → 50th on 2024-01-31");
    assertThat(seq.basis()).contains(new Check.Basis(Check.Basis.Kind.REPORT, 1),
        new Check.Basis(Check.Basis.Kind.REPORT, 2));
  }

  @Test
  void a_gap_in_the_ordinals_flags_a_probably_missing_exchange() {
    LedgerView view = builder.build(List.of(
        reports.report("2023-08-07", 48, List.of(), toUkraine(22, "Dmytro Lubinets")),
        reports.report("2024-01-31", 50, List.of(), toUkraine(207, "Volodymyr Zelensky"))), List.of());

    assertThat(view.checks()).filteredOn(c -> c.kind().equals("ordinal_sequence")).singleElement()
        .satisfies(c -> {
          assertThat(c.outcome()).isEqualTo(Check.Outcome.FLAG);
          assertThat(c.message()).contains("probably missing the 49th");
        });
  }

  @Test
  void ordinals_going_backwards_in_time_are_flagged() {
    LedgerView view = builder.build(List.of(
        reports.report("2024-01-03", 50, List.of(), toUkraine(230, null)),
        reports.report("2024-01-31", 49, List.of(), toUkraine(207, null))), List.of());

    assertThat(view.checks()).filteredOn(c -> c.kind().equals("ordinal_dates")).singleElement()
        .extracting(Check::outcome).isEqualTo(Check.Outcome.FLAG);
  }

  @Test
  void running_total_plus_the_next_exchange_agrees_with_the_later_total() {
    LedgerView view = builder.build(fortyNinthAndFiftieth(), List.of(
        total(1, 2828, Qualifier.EXACT, "2024-01-03"), total(2, 3000, Qualifier.MORE_THAN, "2024-01-31")));

    assertThat(view.checks()).filteredOn(c -> c.kind().equals("running_total")).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo(Check.Outcome.PASS);
      assertThat(c.message()).contains("2,828 + 207 = 3,035 agrees with more than 3,000");
      assertThat(c.basis()).contains(new Check.Basis(Check.Basis.Kind.CUMULATIVE, 1),
          new Check.Basis(Check.Basis.Kind.CUMULATIVE, 2));
    });
  }

  @Test
  void a_running_total_that_does_not_add_up_is_flagged() {
    LedgerView view = builder.build(fortyNinthAndFiftieth(), List.of(
        total(1, 2828, Qualifier.EXACT, "2024-01-03"), total(2, 3100, Qualifier.EXACT, "2024-01-31")));

    assertThat(view.checks()).filteredOn(c -> c.kind().equals("running_total")).singleElement()
        .satisfies(c -> assertThat(c.outcome()).isEqualTo(Check.Outcome.FLAG));
  }

  @Test
  void an_event_whose_sides_contradict_each_other_is_flagged_with_both_claims() {
    LedgerView view = builder.build(List.of(
        reports.report("2024-01-31", 50, List.of(), toUkraine(207, "Volodymyr Zelensky")),
        reports.report("2024-01-31", null, List.of(), toUkraine(195, "Russian Ministry of Defence"))), List.of());

    assertThat(view.checks()).filteredOn(c -> c.kind().equals("contradiction")).singleElement().satisfies(c -> {
      assertThat(c.message()).contains("207 (Volodymyr Zelensky) vs 195 (Russian Ministry of Defence)");
      assertThat(c.basis()).contains(new Check.Basis(Check.Basis.Kind.CLAIM, 1),
          new Check.Basis(Check.Basis.Kind.CLAIM, 2));
    });
  }

  @Test
  void events_a_day_or_two_apart_that_stay_separate_are_linked_as_stages() {
    LedgerView view = builder.build(List.of(
        reports.report("2025-05-23", null, List.of(), toUkraine(390, null), toRussia(390, null)),
        reports.report("2025-05-24", null, List.of(), toUkraine(307, null), toRussia(307, null)),
        reports.report("2025-05-25", null, List.of(), toUkraine(303, null), toRussia(303, null))), List.of());

    assertThat(view.events()).extracting(e -> e.stageOf()).containsExactly(null, 1L, 1L);
  }
}
