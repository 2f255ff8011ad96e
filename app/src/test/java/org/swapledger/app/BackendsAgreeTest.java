package org.swapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.store.Backend;
import org.swapledger.store.QueryRepository.EventRow;
import org.swapledger.store.Store;

/** The bundled examples ingested into a SQLite file and into PostgreSQL give the same ledger, read the same way. */
class BackendsAgreeTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir
  Path dir;

  /** Everything the commands print or export about a ledger, as text: events, claims, each event shown, checks. */
  private static List<String> readOut(Store store) {
    LedgerQuery q = new LedgerQuery(store);
    List<String> out = new ArrayList<>();
    for (boolean claims : List.of(false, true)) {
      for (LedgerExport.Format f : LedgerExport.Format.values()) {
        StringWriter w = new StringWriter();
        try (LedgerBrowser b = new LedgerBrowser(store)) {
          b.export(claims, f, new PrintWriter(w));
        }
        out.add((claims ? "claims " : "events ") + f + "\n" + w);
      }
    }
    for (EventRow e : q.events()) {
      out.add("show " + e.id() + "\n" + q.findEvent(String.valueOf(e.id())).orElseThrow());
    }
    out.add("checks\n" + q.checks());
    out.add("issues\n" + q.issues());
    return out;
  }

  private static void ingest(Store store) {
    new IngestUseCase(ArticlePipeline.shipped(), 2, 3, new RebuildUseCase(Sources.shipped()))
        .run(store, new ArticleReader(null), List.of(EXAMPLES.toString()), new ByteArrayInputStream(new byte[0]),
            n -> {});
  }

  @Test
  void the_examples_give_the_same_events_claims_and_checks_on_sqlite_and_postgresql() {
    assertThat(Files.isDirectory(EXAMPLES)).as("examples/ beside the app module").isTrue();
    try (Store sqlite = Store.open(Backend.SQLITE.fresh(dir, "ledger"));
        Store postgres = Store.open(Backend.POSTGRESQL.fresh(dir, "ledger"))) {
      ingest(sqlite);
      ingest(postgres);

      List<String> expected = readOut(sqlite);
      assertThat(new LedgerQuery(sqlite).events()).hasSizeGreaterThan(3);
      assertThat(expected.get(0).lines().count()).isGreaterThan(4);
      assertThat(readOut(postgres)).containsExactlyElementsOf(expected);

      new RebuildUseCase(Sources.shipped()).run(sqlite);
      new RebuildUseCase(Sources.shipped()).run(postgres);
      assertThat(readOut(postgres)).as("after a rebuild").containsExactlyElementsOf(readOut(sqlite));
    }
  }
}
