package org.swapledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.model.Article;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;

/** Short articles of our own writing about real exchanges, run through the whole pipeline. */
class ArticlePipelineTest {
  private static final ArticlePipeline PIPELINE = ArticlePipeline.shipped();

  private static ArticleExtraction extract(String published, String text) {
    ArticleExtraction x = PIPELINE.extract(new Article("test", null, null, LocalDate.parse(published), text));
    StageContractTest.checkReports(text, x.exchanges(), x.cumulative());
    return x;
  }

  /** One line per figure: "2024-01-03 returned_to_ukraine 230 exact Volodymyr Zelensky". */
  private static List<String> figures(ArticleExtraction x) {
    List<String> out = new ArrayList<>();
    for (ExchangeReport r : x.exchanges()) {
      for (Figure f : r.figures()) {
        out.add(r.date() + " " + f.direction().field() + " " + f.count() + " " + f.qualifier().code() + " "
            + f.source());
      }
    }
    return out;
  }

  /** One line per exchange: "2024-01-03 ordinal=49 mediators=[United Arab Emirates] in_passing=false". */
  private static List<String> exchanges(ArticleExtraction x) {
    return x.exchanges().stream().map(r -> r.date() + " ordinal=" + r.ordinal() + " mediators=" + r.mediators()
        + " in_passing=" + r.inPassing()).toList();
  }

  private static List<String> totals(ArticleExtraction x) {
    return x.cumulative().stream().map((CumulativeReport c) -> c.side().code() + " " + c.count() + " "
        + c.qualifier().code()).toList();
  }

  @Test
  void reads_the_uae_mediated_swap_of_3_january_2024() {
    ArticleExtraction x = extract("2024-01-03", """
        Ukraine and Russia carry out the largest prisoner swap of the war

        Ukraine brought home 230 of its people on Wednesday, President Volodymyr Zelensky said. \
        Russia's Defence Ministry said 248 Russian soldiers were freed from Ukrainian custody.

        The United Arab Emirates mediated the exchange. It was the 49th exchange of the war.
        """);

    assertThat(x.language()).isEqualTo("en");
    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2024-01-03 returned_to_ukraine 230 exact Volodymyr Zelensky",
        "2024-01-03 returned_to_russia 248 exact Russian Ministry of Defence");
    assertThat(exchanges(x)).containsExactly("2024-01-03 ordinal=49 mediators=[United Arab Emirates] in_passing=false");
  }

  @Test
  void reads_the_fiftieth_swap_with_figures_in_words_and_a_running_total() {
    ArticleExtraction x = extract("2024-01-31", """
        207 Ukrainians back home after 50th swap

        Two hundred and seven Ukrainians returned home from Russian captivity on Wednesday in the 50th exchange \
        of the war, Zelensky wrote on Telegram. Russia's Defence Ministry said 195 Russian servicemen had been \
        returned from territory controlled by Kyiv. The United Arab Emirates mediated the swap.

        Since February 2022, 2,828 Ukrainians have returned home from captivity, the Coordination Headquarters \
        said.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2024-01-31 returned_to_ukraine 207 exact null",
        "2024-01-31 returned_to_ukraine 207 exact Volodymyr Zelensky",
        "2024-01-31 returned_to_russia 195 exact Russian Ministry of Defence");
    assertThat(exchanges(x)).containsExactly("2024-01-31 ordinal=50 mediators=[United Arab Emirates] in_passing=false");
    assertThat(totals(x)).containsExactly("ukraine 2828 exact");
  }

  @Test
  void russian_servicemen_who_came_back_from_kyiv_held_territory_returned_to_russia() {
    ArticleExtraction x = extract("2024-01-31", """
        Russia's Defence Ministry said 195 Russian servicemen had come back from territory controlled by Kyiv.
        """);

    assertThat(figures(x)).containsExactly("2024-01-31 returned_to_russia 195 exact Russian Ministry of Defence");
  }

  @Test
  void reads_n_for_n_as_the_same_count_on_both_sides() {
    ArticleExtraction x = extract("2024-06-25", """
        Ninety Ukrainian defenders came home on Tuesday in a 90-for-90 exchange mediated by the UAE, \
        Zelensky said. It was the 53rd exchange of the war.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2024-06-25 returned_to_ukraine 90 exact Volodymyr Zelensky",
        "2024-06-25 returned_to_russia 90 exact Volodymyr Zelensky");
    assertThat(exchanges(x)).containsExactly("2024-06-25 ordinal=53 mediators=[United Arab Emirates] in_passing=false");
  }

  @Test
  void reads_the_new_year_eve_swap_of_2022_from_both_sides() {
    ArticleExtraction x = extract("2022-12-31", """
        Russia's Defence Ministry said on Saturday that 82 Russian servicemen had been returned from territory \
        controlled by Kyiv. Ukraine got back 140 of its people, Andriy Yermak wrote on Telegram.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2022-12-31 returned_to_russia 82 exact Russian Ministry of Defence",
        "2022-12-31 returned_to_ukraine 140 exact Andriy Yermak");
  }

  @Test
  void keeps_each_sources_figure_with_its_qualifier() {
    ArticleExtraction x = extract("2024-01-03", """
        More than 200 Ukrainians are back home, Zelensky said on Wednesday. Lubinets said 230 people had \
        returned from Russian captivity.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2024-01-03 returned_to_ukraine 200 more_than Volodymyr Zelensky",
        "2024-01-03 returned_to_ukraine 230 exact Dmytro Lubinets");
  }

  @Test
  void reads_an_extra_group_of_wounded_beside_the_main_swap() {
    ArticleExtraction x = extract("2025-04-19", """
        Russia and Ukraine each freed 246 prisoners of war on Saturday, on the eve of Easter, in a deal \
        brokered by the United Arab Emirates.

        Russia's Defence Ministry said Moscow also sent back 31 wounded Ukrainian soldiers in exchange for \
        15 wounded Russian servicemen.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2025-04-19 returned_to_ukraine 246 exact null",
        "2025-04-19 returned_to_russia 246 exact null",
        "2025-04-19 returned_to_ukraine 31 exact Russian Ministry of Defence",
        "2025-04-19 returned_to_russia 15 exact Russian Ministry of Defence");
    assertThat(exchanges(x)).extracting(s -> s.substring(0, 10)).containsExactly("2025-04-19");
    // the groups said to come on top of the swap are marked, so that the ledger adds them to it
    assertThat(x.exchanges().getFirst().figures()).filteredOn(Figure::additional).extracting(Figure::count)
        .containsExactlyInAnyOrder(31L, 15L);
  }

  @Test
  void the_stage_of_the_day_before_is_its_own_exchange() {
    ArticleExtraction x = extract("2026-03-06", """
        Russia and Ukraine each handed over 300 prisoners of war on Friday, Russia's Defence Ministry said.

        A day earlier, 200 Ukrainians had come home from Russian captivity in the first stage of the deal.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2026-03-06 returned_to_ukraine 300 exact Russian Ministry of Defence",
        "2026-03-06 returned_to_russia 300 exact Russian Ministry of Defence",
        "2026-03-05 returned_to_ukraine 200 exact null");
    assertThat(exchanges(x)).containsExactly(
        "2026-03-06 ordinal=null mediators=[] in_passing=false",
        "2026-03-05 ordinal=null mediators=[] in_passing=true");
  }

  @Test
  void a_day_earlier_in_the_articles_first_sentence_is_not_a_previous_stage() {
    ArticleExtraction x = extract("2023-04-11", """
        A day earlier, Kyiv got 100 of its soldiers back from Russian captivity, the first swap in more than a \
        month, Yermak said.
        """);

    assertThat(x.exchanges()).extracting(ExchangeReport::inPassing).containsExactly(false);
    assertThat(x.exchanges().getFirst().figures()).extracting(Figure::count).containsExactly(100L);
  }

  @Test
  void the_other_sides_group_in_a_list_is_not_a_breakdown() {
    ArticleExtraction x = extract("2022-04-01", """
        On Friday 86 Ukrainian soldiers came home, and 86 Russian prisoners were handed over in return.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2022-04-01 returned_to_ukraine 86 exact null",
        "2022-04-01 returned_to_russia 86 exact null");
  }

  @Test
  void components_of_one_side_are_each_a_figure() {
    ArticleExtraction x = extract("2023-04-26", """
        Ukraine brings home 42 defenders and two civilians

        On Wednesday 42 defenders and two civilians came home from Russian captivity, Yermak said.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2023-04-26 returned_to_ukraine 42 exact null",
        "2023-04-26 returned_to_ukraine 2 exact null",
        "2023-04-26 returned_to_ukraine 42 exact Andriy Yermak",
        "2023-04-26 returned_to_ukraine 2 exact Andriy Yermak");
  }

  @Test
  void one_in_words_is_a_count_only_as_a_component() {
    ArticleExtraction x = extract("2022-11-23", """
        Thirty-five Ukrainian soldiers and one civilian came home from Russian captivity, Yermak said. One of \
        the freed soldiers returned home from Russian captivity on crutches.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2022-11-23 returned_to_ukraine 35 exact Andriy Yermak",
        "2022-11-23 returned_to_ukraine 1 exact Andriy Yermak");
  }

  @Test
  void components_that_sum_to_a_figure_stated_later_are_its_subcounts() {
    ArticleExtraction x = extract("2022-09-29", """
        Ukraine brought home four marines and two civilians from Russian captivity on Thursday. \
        "We returned six of our people," Yermak wrote.
        """);

    assertThat(figures(x)).containsExactly("2022-09-29 returned_to_ukraine 6 exact Andriy Yermak");
  }

  @Test
  void a_list_of_units_that_fits_inside_a_stated_figure_is_its_breakdown() {
    ArticleExtraction x = extract("2023-04-16", """
        Returning home for Easter are 92 soldiers of the Armed Forces, 20 territorial defence fighters and 11 \
        national guardsmen, the Coordination Headquarters said. In all, 130 Ukrainian prisoners came home on Sunday.
        """);

    assertThat(figures(x)).containsExactly("2023-04-16 returned_to_ukraine 130 exact null");
  }

  @Test
  void two_breakdowns_of_the_same_people_are_not_figures() {
    ArticleExtraction x = extract("2024-09-13", """
        Ukraine got back 23 women and 26 men from Russian captivity on Friday, Zelensky said. Counted by status, \
        Russia handed over 42 Ukrainian soldiers and seven civilians, he added.
        """);

    assertThat(figures(x)).isEmpty();
  }

  @Test
  void an_agreement_and_repatriated_bodies_are_not_exchange_figures() {
    ArticleExtraction x = extract("2025-05-16", """
        Delegations meeting in Istanbul agreed to swap 1,000 prisoners for 1,000, Medinsky said on Friday.

        Separately, the bodies of 909 fallen soldiers were repatriated to Ukraine.
        """);

    assertThat(figures(x)).isEmpty();
  }

  @Test
  void casualties_and_drones_in_the_same_article_are_not_figures() {
    ArticleExtraction x = extract("2024-06-25", """
        Ninety Ukrainians came home from Russian captivity on Tuesday, Zelensky said.

        Overnight Russia launched 32 drones at Kharkiv, wounding 12 people, the governor said.
        """);

    assertThat(figures(x)).containsExactly("2024-06-25 returned_to_ukraine 90 exact Volodymyr Zelensky");
  }

  @Test
  void an_earlier_swap_mentioned_in_passing_is_its_own_exchange() {
    ArticleExtraction x = extract("2024-06-25", """
        Ninety Ukrainians came home from Russian captivity on Tuesday, Zelensky said.

        In the previous swap, on 31 May, each side released 75 prisoners.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder(
        "2024-06-25 returned_to_ukraine 90 exact Volodymyr Zelensky",
        "2024-05-31 returned_to_ukraine 75 exact null",
        "2024-05-31 returned_to_russia 75 exact null");
    assertThat(x.exchanges()).extracting(ExchangeReport::inPassing).containsExactly(false, true);
  }

  @Test
  void maps_evidence_back_to_the_original_text_after_normalization() {
    String text = "Zelenskyi\u0306 said 207 Ukrainians returned home on Wednesday from Russian captivity.";
    ArticleExtraction x = extract("2024-01-31", text);

    Figure f = x.exchanges().getFirst().figures().getFirst();
    assertThat(f.number().of(text)).isEqualTo("207");
    assertThat(f.evidence().of(text)).isEqualTo(text);
  }

  @Test
  void an_article_in_a_language_without_pack_gets_its_language_and_no_reports() {
    ArticleExtraction x = extract("2024-01-31",
        "Украйна и Русия си размениха по 195 военнопленници, съобщиха от министерството на отбраната в сряда.");

    assertThat(x.language()).isEqualTo("bg");
    assertThat(x.exchanges()).isEmpty();
  }

  @Test
  void a_first_since_comparison_is_not_an_earlier_exchange() {
    ArticleExtraction x = extract("2024-01-31", """
        Two hundred and seven Ukrainians came home from Russian captivity on Wednesday, Zelensky said. It was \
        the first exchange since a Russian military transport plane crashed near Belgorod on Jan. 24.
        """);

    assertThat(exchanges(x)).extracting(s -> s.substring(0, 10)).containsExactly("2024-01-31");
    assertThat(x.exchanges()).extracting(ExchangeReport::ordinal).containsOnlyNulls();
  }

  @Test
  void a_since_that_names_an_earlier_exchange_keeps_it() {
    ArticleExtraction x = extract("2024-01-31", """
        Ukraine got 207 people back from Russian captivity on Wednesday. It was the first swap since the exchange         of Jan. 3, when 230 Ukrainians were freed.
        """);

    assertThat(exchanges(x)).extracting(s -> s.substring(0, 10)).containsExactly("2024-01-31", "2024-01-03");
  }

  @Test
  void reads_an_ordinal_without_the_noun_after_it() {
    ArticleExtraction x = extract("2024-01-03", """
        Ukraine got 230 people back from Russian captivity on Wednesday in a swap, the 49th of the war.
        """);

    assertThat(x.exchanges()).extracting(ExchangeReport::ordinal).containsExactly(49);
  }

  @Test
  void an_ordinal_after_its_noun_needs_the_war_as_its_scope() {
    ArticleExtraction x = extract("2025-01-15", """
        Ukraine got 25 people back from Russian captivity on Wednesday in a swap, the first of 2025.
        """);

    assertThat(x.exchanges()).extracting(ExchangeReport::ordinal).containsOnlyNulls();
  }

  @Test
  void reads_an_ordinal_written_as_number_after_a_prefix() {
    ArticleExtraction x = extract("2025-08-14", """
        Ucrania recuperó el jueves a 84 prisioneros; fue el intercambio número 67 de la guerra, según Kiev.
        """);

    assertThat(x.exchanges()).extracting(ExchangeReport::ordinal).containsExactly(67);
  }

  @Test
  void reads_a_spelled_out_ordinal() {
    ArticleExtraction x = extract("2024-01-31", """
        Ukraine got 207 people back from Russian captivity on Wednesday in the fiftieth swap of the war.
        """);

    assertThat(x.exchanges()).extracting(ExchangeReport::ordinal).containsExactly(50);
  }

  @Test
  void a_side_speaking_by_name_folds_into_its_official_with_the_same_figure() {
    ArticleExtraction x = extract("2024-01-03", """
        Moscow said on Wednesday that 248 of its soldiers had come home in the exchange.
        The Russian Defence Ministry said 248 servicemen were returned from Ukrainian captivity.
        """);

    assertThat(figures(x)).containsExactly("2024-01-03 returned_to_russia 248 exact Russian Ministry of Defence");
  }

  @Test
  void a_group_of_officials_keeps_its_own_voice_beside_a_named_official() {
    ArticleExtraction x = extract("2024-01-03", """
        Ukrainian officials said on Wednesday that 230 Ukrainians had come home in the exchange.
        Lubinets said 230 Ukrainian prisoners were freed from Russian captivity.
        """);

    assertThat(figures(x)).containsExactlyInAnyOrder("2024-01-03 returned_to_ukraine 230 exact Ukraine",
        "2024-01-03 returned_to_ukraine 230 exact Dmytro Lubinets");
  }

  @Test
  void reads_a_short_sentence_that_leads_into_the_exchange_sentence() {
    ArticleExtraction x = extract("2024-01-31", """
        "207 of our people. Today they came home from Russian captivity," Zelensky wrote on Wednesday.
        """);

    assertThat(figures(x)).containsExactly("2024-01-31 returned_to_ukraine 207 exact Volodymyr Zelensky");
  }

  @Test
  void a_count_in_apposition_to_the_exchange_is_the_speakers_own_people() {
    ArticleExtraction x = extract("2025-08-14", """
        "Another exchange, 84 people, soldiers and civilians alike," Zelensky wrote on Thursday.
        """);

    assertThat(figures(x)).containsExactly("2025-08-14 returned_to_ukraine 84 exact Volodymyr Zelensky");
  }

  @Test
  void credits_a_person_named_with_a_title_after_the_name() {
    ArticleExtraction x = extract("2022-12-31", """
        Ukraine got back 140 of its people from Russian captivity, Andriy Yermak, head of the Presidential \
        Office, wrote on Telegram on Saturday.
        """);

    assertThat(figures(x)).containsExactly("2022-12-31 returned_to_ukraine 140 exact Andriy Yermak");
  }

  @Test
  void handed_over_140_is_an_exact_figure() {
    ArticleExtraction x = extract("2022-12-31", """
        Russia handed over 140 Ukrainian prisoners of war on Saturday, Yermak said.
        """);

    assertThat(figures(x)).containsExactly("2022-12-31 returned_to_ukraine 140 exact Andriy Yermak");
  }

  @Test
  void resolves_wednesday_in_an_article_published_on_thursday() {
    ArticleExtraction x = extract("2024-01-04", """
        Ukraine got 230 of its people back from Russian captivity on Wednesday, Zelensky said on Thursday.
        """);

    assertThat(figures(x)).containsExactly("2024-01-03 returned_to_ukraine 230 exact Volodymyr Zelensky");
  }

  @Test
  void credits_a_relayed_ministry_figure_to_the_ministry() {
    ArticleExtraction x = extract("2024-01-31", """
        TASS quoted Russia's Defence Ministry as saying that 195 Russian servicemen had been returned from \
        Ukrainian captivity on Wednesday.
        """);

    assertThat(figures(x)).containsExactly("2024-01-31 returned_to_russia 195 exact Russian Ministry of Defence");
  }
}
