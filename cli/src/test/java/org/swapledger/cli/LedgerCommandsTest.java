package org.swapledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandsTest {
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path ingestOne() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"x1\",\"url\":\"https://example.org/x1\",\"outlet\":\"Example\","
        + "\"published\":\"2024-02-08\",\"text\":\"Swap\\n\\nThe Coordination Headquarters said 100 Ukrainian "
        + "defenders returned home today in the 51st exchange. Russia's defence ministry said 100 Russian "
        + "servicemen had been returned.\"}\n{not json}\n", StandardCharsets.UTF_8);
    Path db = dir.resolve("l.db");
    Run r = run("ingest", in.toString(), "--db", db.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("ingested 1 articles: 1 new", "1 issues", "1 events");
    return db;
  }

  @Test
  void export_events_csv_gives_one_row_with_the_best_figure_per_side() throws IOException {
    Path db = ingestOne();

    Run r = run("export", "events", "--format", "csv", "--db", db.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out().split("\r\n")).hasSize(2);
    assertThat(r.out().split("\r\n")[1]).startsWith("1,2024-02-08,51,100,exact,100,exact,");
  }

  @Test
  void show_by_date_quotes_the_sentence_and_names_the_source_and_url() throws IOException {
    Path db = ingestOne();

    Run r = run("show", "2024-02-08", "--db", db.toString());

    assertThat(r.out()).contains("Coordination Headquarters for the Treatment of Prisoners of War",
        "Russian Ministry of Defence", "https://example.org/x1", "100 Ukrainian defenders returned home");
  }

  @Test
  void issues_lists_the_bad_line_with_file_and_line() throws IOException {
    Path db = ingestOne();

    Run r = run("issues", "--db", db.toString());

    assertThat(r.out()).contains("in.jsonl:2");
  }

  @Test
  void reading_a_database_that_does_not_exist_fails_with_one_clear_line() {
    Run r = run("events", "--db", dir.resolve("none.db").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines().toList()).hasSize(1);
    assertThat(r.err()).contains("no ledger database at", "swapledger ingest");
    assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
  }

  @Test
  void export_of_an_unknown_kind_is_a_usage_error() {
    assertThat(run("export", "people", "--db", dir.resolve("x.db").toString()).code()).isEqualTo(2);
  }
}
