package org.swapledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swapledger.ledger.Reports.further;
import static org.swapledger.ledger.Reports.hedged;
import static org.swapledger.ledger.Reports.toRussia;
import static org.swapledger.ledger.Reports.toUkraine;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.model.Agreement;
import org.swapledger.model.Authority;
import org.swapledger.model.Claim;
import org.swapledger.model.Direction;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Reconciliation;
import org.swapledger.model.StoredReport;

class FigureReconcilerTest {
  private final Reports reports = new Reports();
  private final FigureReconciler reconciler = new FigureReconciler(Reports.AUTHORITY);

  private static List<Claim> claims(StoredReport... rs) {
    List<Claim> out = new ArrayList<>();
    for (StoredReport r : rs) {
      out.addAll(r.claims());
    }
    return out;
  }

  private Reconciliation reconcile(Direction d, List<Claim> all) {
    return reconciler.reconcile(d, all.stream().filter(c -> c.direction() == d).toList(), all);
  }

  @Test
  void ombudsman_exact_figure_is_best_and_the_presidents_more_than_200_is_compatible() {
    List<Claim> all = claims(
        reports.report("2024-01-03", 49, List.of(), toUkraine(230, "Dmytro Lubinets")),
        reports.report("2024-01-03", null, List.of(),
            hedged(Direction.TO_UKRAINE, 200, Qualifier.MORE_THAN, "Volodymyr Zelensky")),
        reports.report("2024-01-03", null, List.of(), toUkraine(230, null)));

    Reconciliation r = reconcile(Direction.TO_UKRAINE, all);

    assertThat(r.best().count()).isEqualTo(230);
    assertThat(r.best().claims()).extracting(c -> c.figure().source()).containsExactly("Dmytro Lubinets");
    assertThat(r.pairs()).extracting(Agreement::status)
        .containsExactlyInAnyOrder(Agreement.Status.COMPATIBLE, Agreement.Status.AGREED,
            Agreement.Status.COMPATIBLE);
  }

  @Test
  void further_groups_stated_beside_the_main_swap_are_added_to_it_not_weighed_against_it() {
    // "246 for 246" in the outlet's voice; the defence ministry, a sentence later: 31 more to Ukraine, 15 to Russia
    List<Claim> all = claims(
        reports.report(100, "2025-04-19", null, List.of(), toUkraine(246, null), toRussia(246, null),
            further(Direction.TO_UKRAINE, 31, "Russian Ministry of Defence"),
            further(Direction.TO_RUSSIA, 15, "Russian Ministry of Defence")),
        reports.report("2025-04-19", null, List.of(), toUkraine(246, "Volodymyr Zelensky")));

    Reconciliation ua = reconcile(Direction.TO_UKRAINE, all);
    Reconciliation ru = reconcile(Direction.TO_RUSSIA, all);

    assertThat(ua.best().count()).isEqualTo(277);
    assertThat(ua.best().claims()).extracting(c -> c.figure().count()).containsExactly(246L, 31L);
    assertThat(ru.best().count()).isEqualTo(261);
    assertThat(ua.hasContradiction()).isFalse();
    assertThat(ru.hasContradiction()).isFalse();
    assertThat(ua.pairs()).extracting(Agreement::status).contains(Agreement.Status.SCOPE);
  }

  @Test
  void another_n_of_the_same_size_as_the_figure_is_that_figure_not_a_group_on_top() {
    // "Another 75 came home" after earlier swaps, beside "75 returned" in a second outlet
    List<Claim> all = claims(
        reports.report("2024-05-31", null, List.of(), toUkraine(75, "Volodymyr Zelensky")),
        reports.report(200, "2024-05-31", null, List.of(), toUkraine(75, null),
            further(Direction.TO_UKRAINE, 75, "Volodymyr Zelensky")));

    Reconciliation r = reconcile(Direction.TO_UKRAINE, all);

    assertThat(r.best().count()).isEqualTo(75);
    assertThat(r.pairs()).extracting(Agreement::status).containsOnly(Agreement.Status.AGREED);
  }

  @Test
  void a_further_group_whose_complement_the_event_states_is_inside_the_figure() {
    // 76 returned; the same article: 60 soldiers were swapped, and also 16 civilians came home
    List<Claim> all = claims(reports.report(300, "2022-04-19", null, List.of(), toUkraine(76, "Iryna Vereshchuk"),
        hedged(Direction.TOTAL, 60, Qualifier.EXACT, "Iryna Vereshchuk"),
        further(Direction.TO_UKRAINE, 16, "Iryna Vereshchuk")));

    Reconciliation r = reconcile(Direction.TO_UKRAINE, all);

    assertThat(r.best().count()).isEqualTo(76);
  }

  @Test
  void a_further_group_is_never_the_best_figure_while_a_main_one_exists() {
    List<Claim> all = claims(reports.report("2025-04-19", null, List.of(),
        further(Direction.TO_UKRAINE, 31, "Russian Ministry of Defence"), hedged(Direction.TO_UKRAINE, 240,
            Qualifier.MORE_THAN, null)));

    Reconciliation r = reconcile(Direction.TO_UKRAINE, all);

    assertThat(r.best().count()).isEqualTo(240);
    assertThat(r.best().qualifier()).isEqualTo(Qualifier.MORE_THAN);
  }

  @Test
  void defence_ministry_is_the_official_source_for_russians_returned() {
    List<Claim> all = claims(
        reports.report("2024-01-03", null, List.of(), toRussia(248, "Russian Ministry of Defence")),
        reports.report("2024-01-03", null, List.of(), toRussia(230, "Volodymyr Zelensky")),
        reports.report("2024-01-03", null, List.of(), toRussia(230, null)));

    Reconciliation r = reconcile(Direction.TO_RUSSIA, all);

    assertThat(r.best().count()).isEqualTo(248);
    assertThat(r.claims().get(0).authority()).isEqualTo(Authority.OFFICIAL);
    assertThat(r.claims()).extracting(Reconciliation.Ranked::authority)
        .containsExactly(Authority.OFFICIAL, Authority.MEDIA, Authority.COUNTERPART);
  }

  @Test
  void two_governments_disagreeing_on_one_leg_is_a_contradiction() {
    List<Claim> all = claims(
        reports.report("2024-01-31", 50, List.of(), toUkraine(207, "Volodymyr Zelensky")),
        reports.report("2024-01-31", null, List.of(), toUkraine(195, "Russian Ministry of Defence")));

    Reconciliation r = reconcile(Direction.TO_UKRAINE, all);

    assertThat(r.best().count()).isEqualTo(207);
    assertThat(r.pairs()).singleElement().extracting(Agreement::status).isEqualTo(Agreement.Status.CONTRADICTION);
    assertThat(r.hasContradiction()).isTrue();
  }

  @Test
  void headline_figure_and_a_total_with_an_extra_group_differ_in_scope_and_the_total_is_best() {
    List<Claim> all = claims(
        reports.report("2025-04-19", 63, List.of(), toUkraine(246, "Coordination Headquarters for the Treatment "
            + "of Prisoners of War"), toUkraine(31, "Coordination Headquarters for the Treatment of Prisoners of War")),
        reports.report("2025-04-19", null, List.of(), toUkraine(277, "Volodymyr Zelensky")),
        reports.report("2025-04-19", null, List.of(), toUkraine(246, "Russian Ministry of Defence")));

    Reconciliation r = reconcile(Direction.TO_UKRAINE, all);

    assertThat(r.best().count()).isEqualTo(277);
    Claim c246 = all.stream().filter(c -> c.figure().count() == 246
        && "Russian Ministry of Defence".equals(c.figure().source())).findFirst().orElseThrow();
    Claim c277 = all.stream().filter(c -> c.figure().count() == 277).findFirst().orElseThrow();
    assertThat(FigureReconciler.status(c246, c277, java.util.Set.of(246L, 31L, 277L)))
        .isEqualTo(Agreement.Status.SCOPE);
  }

  @Test
  void the_same_sentence_in_several_outlets_counts_as_one_source() {
    Reports.Fig wire = new Reports.Fig(Direction.TO_UKRAINE, 100, Qualifier.EXACT, null,
        "One hundred Ukrainian defenders, among them 82 from Azovstal, are home.");
    Reports.Fig wireRetyped = new Reports.Fig(Direction.TO_UKRAINE, 100, Qualifier.EXACT, null,
        "One hundred Ukrainian defenders -- among them 82 from Azovstal -- are home");
    List<Claim> all = claims(
        reports.report("2024-02-08", 51, List.of(), wire),
        reports.report("2024-02-08", null, List.of(), wire),
        reports.report("2024-02-08", null, List.of(), wireRetyped),
        reports.report("2024-02-08", null, List.of(), toUkraine(100, "Coordination Headquarters for the "
            + "Treatment of Prisoners of War")));

    Reconciliation r = reconcile(Direction.TO_UKRAINE, all);

    assertThat(r.claims()).hasSize(4);
    assertThat(r.sources()).isEqualTo(2);
  }

  @Test
  void groups_one_source_counts_separately_in_one_sentence_add_up_to_the_best_figure() {
    String sentence = "The ministry said 246 servicemen came back in the exchange and 15 wounded besides.";
    List<Claim> all = claims(reports.report("2025-04-19", null, List.of(),
        new Reports.Fig(Direction.TO_RUSSIA, 246, Qualifier.EXACT, "Russian Ministry of Defence", sentence),
        new Reports.Fig(Direction.TO_RUSSIA, 15, Qualifier.EXACT, "Russian Ministry of Defence", sentence)));

    Reconciliation r = reconcile(Direction.TO_RUSSIA, all);

    assertThat(r.best().count()).isEqualTo(261);
    assertThat(r.best().claims()).hasSize(2);
  }

  @Test
  void groups_the_outlet_counts_separately_in_one_sentence_add_up_too() {
    String sentence = "On 24 March 19 sailors came home to Ukraine, and another 10 soldiers with them.";
    List<Claim> all = claims(reports.report("2022-03-24", null, List.of(),
        new Reports.Fig(Direction.TO_UKRAINE, 19, Qualifier.EXACT, null, sentence),
        new Reports.Fig(Direction.TO_UKRAINE, 10, Qualifier.EXACT, null, sentence)));

    Reconciliation r = reconcile(Direction.TO_UKRAINE, all);

    assertThat(r.best().count()).isEqualTo(29);
    assertThat(r.best().claims()).hasSize(2);
  }

  @Test
  void a_second_number_in_another_sentence_is_not_added() {
    List<Claim> all = claims(reports.report("2022-04-19", null, List.of(),
        new Reports.Fig(Direction.TO_UKRAINE, 76, Qualifier.EXACT, "Iryna Vereshchuk", "76 came home today."),
        new Reports.Fig(Direction.TO_UKRAINE, 60, Qualifier.EXACT, "Iryna Vereshchuk", "Of the 60 soldiers, ten "
            + "were officers.")));

    assertThat(reconcile(Direction.TO_UKRAINE, all).best().count()).isEqualTo(76);
  }

  @Test
  void a_running_total_misread_as_an_exchange_figure_ranks_last() {
    List<Claim> all = claims(
        reports.report("2023-06-11", null, List.of(),
            hedged(Direction.TO_UKRAINE, 2500, Qualifier.MORE_THAN, "Volodymyr Zelensky"), toUkraine(95, null)),
        reports.report("2023-06-11", null, List.of(), toUkraine(95, null)));

    Reconciliation r = reconcile(Direction.TO_UKRAINE, all);

    assertThat(r.best().count()).isEqualTo(95);
    assertThat(r.claims().get(r.claims().size() - 1).claim().figure().count()).isEqualTo(2500);
  }

  @Test
  void a_hedged_official_figure_gives_way_to_an_exact_figure_inside_its_range() {
    List<Claim> all = claims(
        reports.report("2024-01-03", null, List.of(),
            hedged(Direction.TO_UKRAINE, 200, Qualifier.MORE_THAN, "Volodymyr Zelensky")),
        reports.report("2024-01-03", null, List.of(), toUkraine(230, null)));

    assertThat(reconcile(Direction.TO_UKRAINE, all).best().count()).isEqualTo(230);
  }
}
