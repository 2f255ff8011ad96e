package org.swapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.ledger.LedgerBuilder;
import org.swapledger.model.Direction;
import org.swapledger.model.Event;
import org.swapledger.model.LedgerView;
import org.swapledger.store.Backend;
import org.swapledger.store.LedgerRepository;
import org.swapledger.store.QueryRepository.EventRow;
import org.swapledger.store.Store;

class RebuildUseCaseTest {
  @TempDir
  Path dir;

  /** The 31 January exchange, dated 1 February by a late report: the window must hold both months. */
  private static final String FEB1 = TestArticles.line("feb1", "https://example.org/d/5", "Late Edition",
      "2024-02-01", """
      Prisoners back home

      Ukraine received 207 of its people from Russian captivity today, President Zelensky said. \
      Russia's defence ministry said 195 Russian servicemen had been returned.""");

  private Store ingested(Backend backend) throws IOException {
    List<String> lines = new ArrayList<>(TestArticles.all());
    lines.add(FEB1);
    Path in = TestArticles.write(dir, "in.jsonl", lines);
    Store store = Store.open(backend.fresh(dir, "ledger"));
    new IngestUseCase(ArticlePipeline.shipped(), 1, 100, new RebuildUseCase(Sources.shipped()))
        .run(store, new ArticleReader(null), List.of(in.toString()), new ByteArrayInputStream(new byte[0]), n -> {});
    return store;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void rebuilding_month_by_month_gives_the_events_of_a_build_at_once(Backend backend) throws IOException {
    try (Store store = ingested(backend)) {
      LedgerView atOnce = store.read(c -> new LedgerBuilder(Sources.shipped()).build(
          new LedgerRepository().currentReports(c), new LedgerRepository().currentTotals(c)));

      List<EventRow> stored = new LedgerQuery(store).events();

      assertThat(stored).extracting(EventRow::date)
          .containsExactlyElementsOf(atOnce.events().stream().map(e -> e.date().toString()).toList());
      assertThat(stored).extracting(EventRow::toUkraine).containsExactlyElementsOf(atOnce.events().stream()
          .map((Event e) -> e.findBest(Direction.TO_UKRAINE).map(b -> b.count()).orElse(null)).toList());
      assertThat(new LedgerQuery(store).checks()).hasSize(atOnce.checks().size());
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void a_window_runs_on_into_the_next_month_when_an_exchange_may_span_its_end(Backend backend) throws IOException {
    try (Store store = ingested(backend)) {
      List<String[]> windows = store.read(c -> new LedgerRepository().windows(c));

      assertThat(windows).extracting(w -> w[0] + ".." + w[1]).containsExactly("2024-01..2024-03");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void rebuilding_twice_changes_no_row(Backend backend) throws IOException {
    try (Store store = ingested(backend)) {
      SortedMap<String, List<String>> before = store.dump();

      new RebuildUseCase(Sources.shipped()).run(store);

      assertThat(store.dump()).isEqualTo(before);
    }
  }
}
