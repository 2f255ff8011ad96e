package org.swapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.model.Issue;
import org.swapledger.store.QueryRepository.ClaimRow;
import org.swapledger.store.QueryRepository.EventRow;
import org.swapledger.store.Backend;
import org.swapledger.store.Store;

/** Ingest on each backend: a SQLite file and a PostgreSQL database behave the same. */
class IngestUseCaseTest {
  private static ArticlePipeline pipeline;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadPipeline() {
    pipeline = ArticlePipeline.shipped();
  }

  private IngestUseCase.Summary ingest(Store store, Path... files) {
    IngestUseCase useCase = new IngestUseCase(pipeline, 2, 2, new RebuildUseCase(Sources.shipped()));
    List<String> paths = java.util.Arrays.stream(files).map(Path::toString).toList();
    return useCase.run(store, new ArticleReader(null), paths, new ByteArrayInputStream(new byte[0]), n -> {});
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void articles_about_two_exchanges_become_two_events_with_official_figures(Backend backend) throws IOException {
    Path in = TestArticles.write(dir, "in.jsonl", TestArticles.all());
    try (Store store = Store.open(backend.fresh(dir, "ledger"))) {
      IngestUseCase.Summary s = ingest(store, in);

      assertThat(s.added()).isEqualTo(4);
      List<EventRow> events = new LedgerQuery(store).events();
      assertThat(events).extracting(EventRow::date).containsExactly("2024-01-03", "2024-01-31");
      EventRow jan3 = events.get(0);
      assertThat(jan3.toUkraine()).isEqualTo(230);
      assertThat(jan3.toRussia()).isEqualTo(248);
      assertThat(jan3.ordinal()).isEqualTo(49);
      assertThat(jan3.mediators()).isEqualTo("United Arab Emirates");
      assertThat(events.get(1).toUkraine()).isEqualTo(207);
      assertThat(events.get(1).flags()).contains("contradiction in returned_to_ukraine");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void show_lists_every_claim_of_an_event_with_its_source_and_how_pairs_relate(Backend backend) throws IOException {
    Path in = TestArticles.write(dir, "in.jsonl", TestArticles.all());
    try (Store store = Store.open(backend.fresh(dir, "ledger"))) {
      ingest(store, in);

      LedgerQuery.EventDetail jan3 = new LedgerQuery(store).findEvent("2024-01-03").orElseThrow();
      assertThat(jan3.claims()).extracting(ClaimRow::count, ClaimRow::source, ClaimRow::best).contains(
          org.assertj.core.groups.Tuple.tuple(230L, "Dmytro Lubinets", true),
          org.assertj.core.groups.Tuple.tuple(200L, "Volodymyr Zelensky", false),
          org.assertj.core.groups.Tuple.tuple(248L, "Russian Ministry of Defence", true));
      assertThat(jan3.pairs()).extracting(p -> p.status()).containsExactly("compatible");
      assertThat(jan3.claims()).allSatisfy(c -> assertThat(c.url()).startsWith("https://example.org/"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void ingesting_the_same_input_twice_changes_no_row(Backend backend) throws IOException {
    Path in = TestArticles.write(dir, "in.jsonl", TestArticles.all());
    try (Store store = Store.open(backend.fresh(dir, "ledger"))) {
      ingest(store, in);
      SortedMap<String, List<String>> before = store.dump();

      IngestUseCase.Summary again = ingest(store, in);

      assertThat(again.unchanged()).isEqualTo(4);
      assertThat(again.added()).isZero();
      assertThat(again.rebuilt()).isNull();
      assertThat(store.dump()).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void the_same_text_under_another_url_is_not_stored_again(Backend backend) throws IOException {
    Path in = TestArticles.write(dir, "in.jsonl", TestArticles.all());
    Path copy = TestArticles.write(dir, "copy.jsonl", List.of(TestArticles.JAN3_A.replace("example.org/a/1",
        "mirror.example.net/story")));
    try (Store store = Store.open(backend.fresh(dir, "ledger"))) {
      ingest(store, in);

      IngestUseCase.Summary s = ingest(store, copy);

      assertThat(s.unchanged()).isEqualTo(1);
      assertThat(store.dump().get("articles")).hasSize(4);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void a_changed_article_supersedes_its_old_claims_without_deleting_them(Backend backend) throws IOException {
    Path in = TestArticles.write(dir, "in.jsonl", TestArticles.all());
    Path fix = TestArticles.write(dir, "fix.jsonl", List.of(TestArticles.JAN31_B_CORRECTED));
    try (Store store = Store.open(backend.fresh(dir, "ledger"))) {
      ingest(store, in);
      int claimsBefore = store.dump().get("claims").size();

      IngestUseCase.Summary s = ingest(store, fix);

      assertThat(s.changed()).isEqualTo(1);
      assertThat(store.dump().get("articles")).hasSize(5);
      List<ClaimRow> claims = new LedgerQuery(store).claims();
      assertThat(claims).hasSizeGreaterThan(claimsBefore);
      List<ClaimRow> old = claims.stream().filter(ClaimRow::superseded).toList();
      assertThat(old).isNotEmpty().allSatisfy(c -> {
        assertThat(c.articleInputId()).isEqualTo("jan31-b");
        assertThat(c.eventId()).isNull();
      });
      assertThat(claims).filteredOn(c -> !c.superseded() && c.articleInputId().equals("jan31-b"))
          .allSatisfy(c -> assertThat(c.eventId()).isNotNull());
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void further_groups_a_source_adds_in_another_sentence_are_summed_into_the_event(Backend backend) throws IOException {
    Path in = TestArticles.write(dir, "easter.jsonl", List.of(TestArticles.line("easter", "https://example.org/e",
        "Example Times", "2025-04-19", """
            Russia and Ukraine each handed over 246 prisoners of war on Saturday, the eve of Easter.

            Russia's Defence Ministry said Moscow also returned 31 wounded Ukrainian soldiers, while 15 wounded \
            Russian servicemen came back to Russia.
            """)));
    try (Store store = Store.open(backend.fresh(dir, "ledger"))) {
      ingest(store, in);

      EventRow e = new LedgerQuery(store).events().getFirst();
      assertThat(e.toUkraine()).isEqualTo(277);
      assertThat(e.toRussia()).isEqualTo(261);
      assertThat(e.flags()).doesNotContain("contradiction");
      assertThat(new LedgerQuery(store).claims()).filteredOn(ClaimRow::additional).extracting(ClaimRow::count)
          .containsExactlyInAnyOrder(31L, 15L);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void articles_extracted_by_older_stages_are_extracted_again_and_their_old_claims_superseded(Backend backend) throws IOException {
    Path in = TestArticles.write(dir, "in.jsonl", TestArticles.all());
    try (Store store = Store.open(backend.fresh(dir, "ledger"))) {
      ingestAs("text@1,report@1", store, in);
      int articles = store.dump().get("articles").size();

      IngestUseCase.Summary again = ingestAs("text@1,report@1", store, in);
      IngestUseCase.Summary upgraded = ingestAs("text@1,report@2", store, in);
      IngestUseCase.Summary after = ingestAs("text@1,report@2", store, in);

      assertThat(again.unchanged()).isEqualTo(articles);
      assertThat(upgraded.changed()).isEqualTo(articles);
      assertThat(upgraded.added()).isZero();
      assertThat(after.unchanged()).isEqualTo(articles);
      List<ClaimRow> claims = new LedgerQuery(store).claims();
      assertThat(claims).filteredOn(c -> !c.superseded())
          .allSatisfy(c -> assertThat(c.extractVersion()).isEqualTo("text@1,report@2"));
      assertThat(claims).filteredOn(ClaimRow::superseded).isNotEmpty()
          .allSatisfy(c -> assertThat(c.extractVersion()).isEqualTo("text@1,report@1"));
    }
  }

  private IngestUseCase.Summary ingestAs(String version, Store store, Path file) {
    IngestUseCase useCase = new IngestUseCase(pipeline::extract, version, 2, 2,
        new RebuildUseCase(Sources.shipped()));
    return useCase.run(store, new ArticleReader(null), List.of(file.toString()),
        new ByteArrayInputStream(new byte[0]), n -> {});
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void bad_lines_become_issues_and_every_other_article_is_stored(Backend backend) throws IOException {
    Path in = TestArticles.write(dir, "in.jsonl", List.of(TestArticles.JAN3_A, "{\"id\": \"broken\", \"text\": ",
        TestArticles.JAN31_A, "{\"id\": \"empty\", \"text\": \"\"}"));
    try (Store store = Store.open(backend.fresh(dir, "ledger"))) {
      IngestUseCase.Summary s = ingest(store, in);
      ingest(store, in);

      assertThat(s.issues()).isEqualTo(2);
      List<Issue> issues = new LedgerQuery(store).issues();
      assertThat(issues).extracting(Issue::line).containsExactly(2L, 4L);
      assertThat(issues.get(0).source()).endsWith("in.jsonl");
      assertThat(store.dump().get("articles")).hasSize(2);
    }
  }
}
