package org.swapledger.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.swapledger.app.IngestUseCase;
import org.swapledger.app.RebuildUseCase;
import org.swapledger.app.Sources;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.store.Store;

/**
 * A real ledger for the server's tests, built by {@link IngestUseCase} from short articles in our own words: the
 * 49th exchange (3 January 2024: 230 to Ukraine, 248 to Russia, "more than 200" compatible), the 50th (31 January
 * 2024: 207 against 195 for Ukraine's side, a contradiction), and one hostile article.
 */
final class TestLedger {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ArticlePipeline pipeline;

  static final String JAN3_OMBUDSMAN = line("t-jan3-ua", "https://news.example.net/2024/01/03/swap",
      "Kyiv Ledger Daily", "2024-01-03", """
      Largest prisoner swap of the war

      Human rights commissioner Dmytro Lubinets said 230 Ukrainians were brought home from captivity on Wednesday \
      in the 49th exchange. The United Arab Emirates acted as mediator.

      The Russian defence ministry said that 248 Russian servicemen had come back.""");
  static final String JAN3_PRESIDENT = line("t-jan3-pres", "https://wire.example.net/a/778", "Example Wire",
      "2024-01-04", """
      Ukraine welcomes freed prisoners

      President Volodymyr Zelensky said on Wednesday that more than 200 Ukrainians were free again. Relatives \
      gathered near the border.""");
  static final String JAN31 = line("t-jan31-ua", "https://news.example.net/2024/01/31/swap", "Kyiv Ledger Daily",
      "2024-01-31", """
      Exchange goes ahead after crash

      Zelensky said Ukraine brought home 207 prisoners of war today in the 50th exchange. The United Arab Emirates \
      mediated.

      The Russian Ministry of Defence said 195 Russian soldiers were returned in exchange for 195 Ukrainians.""");

  /** Markup, script and a javascript: address where text belongs, and a 60,000-character line with no space. */
  static final String HOSTILE = line("t-hostile", "javascript:window.pwned=1", "<script>window.pwned=2</script>Evil",
      "2024-03-05", "<script>window.pwned=3</script> Hostile <b>markup</b>\n\n"
      + "Human rights commissioner Dmytro Lubinets said 12 Ukrainians were brought home on Tuesday. "
      + "<img src=x onerror=\"window.pwned=4\"> <a href=\"javascript:window.pwned=5\">click me</a> "
      + "<iframe src=\"https://attacker.example/\"></iframe>\n\n" + "W".repeat(60_000) + "\n\nThe end.");

  private TestLedger() {}

  static String line(String id, String url, String outlet, String published, String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("url", url);
    o.put("outlet", outlet);
    o.put("published", published);
    o.put("text", text);
    return o.toString();
  }

  /** Writes {@code lines} as JSONL under {@code dir} and ingests them into {@code db}. */
  static IngestUseCase.Summary ingest(Path dir, Path db, String name, List<String> lines) throws IOException {
    return ingest(dir, db.toString(), name, lines);
  }

  /** As {@link #ingest(Path, Path, String, List)}, into a --db value (a file or a PostgreSQL URL). */
  static synchronized IngestUseCase.Summary ingest(Path dir, String db, String name, List<String> lines)
      throws IOException {
    if (pipeline == null) {
      pipeline = ArticlePipeline.shipped();
    }
    Path in = dir.resolve(name);
    Files.write(in, lines, StandardCharsets.UTF_8);
    try (Store store = Store.open(db)) {
      return new IngestUseCase(pipeline, 2, 100, new RebuildUseCase(Sources.shipped())).run(store,
          new ArticleReader(null), List.of(in.toString()), new ByteArrayInputStream(new byte[0]), n -> {});
    }
  }

  /** The standard test ledger: both January 2024 exchanges and the hostile article. */
  static Path build(Path dir) throws IOException {
    Path db = dir.resolve("ledger.db");
    ingest(dir, db, "articles.jsonl", List.of(JAN3_OMBUDSMAN, JAN3_PRESIDENT, JAN31, HOSTILE));
    return db;
  }

  /** The standard test ledger in a new database of {@code backend}; returns its --db value. */
  static String build(Path dir, org.swapledger.store.Backend backend) throws IOException {
    String db = backend.fresh(dir, "ledger");
    ingest(dir, db, "articles.jsonl", List.of(JAN3_OMBUDSMAN, JAN3_PRESIDENT, JAN31, HOSTILE));
    return db;
  }
}
