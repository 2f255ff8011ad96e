package org.swapledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swapledger.store.Backend;
import org.swapledger.store.Database;

/** The server reading a PostgreSQL ledger answers as it does over the same ledger in a SQLite file. */
class LedgerServerOnPostgresTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path dir;

  private static LedgerServer onSqlite;
  private static LedgerServer onPostgres;

  @BeforeAll
  static void start() throws IOException {
    onSqlite = LedgerServer.start(Database.parse(TestLedger.build(dir, Backend.SQLITE)), "127.0.0.1", 0);
    onPostgres = LedgerServer.start(Database.parse(TestLedger.build(dir, Backend.POSTGRESQL)), "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (onSqlite != null) {
      onSqlite.close();
    }
    if (onPostgres != null) {
      onPostgres.close();
    }
  }

  private static HttpResponse<String> get(LedgerServer server, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void every_api_read_answers_the_same_as_over_sqlite() throws Exception {
    JsonNode events = new ObjectMapper().readTree(get(onSqlite, "/api/events").body());
    long first = events.get("items").get(0).get("id").asLong();
    List<String> paths = List.of("/api/events", "/api/events?from=2024-01&to=2024-01",
        "/api/events?to=2024-01-03", "/api/events?sort=-to_ukraine", "/api/events?sort=ordinal", "/api/events?sort=-sources&side=russia",
        "/api/events?q=lubinets", "/api/events?q=emirates&limit=1", "/api/events?flag=contradiction",
        "/api/events?status=compatible", "/api/events?mediator=arab", "/api/events/" + first,
        "/api/claims", "/api/claims?limit=2&offset=1", "/api/articles/1", "/api/checks", "/api/stats",
        "/api/timeline", "/api/export/events.csv", "/api/export/claims.json", "/events", "/events/" + first,
        "/checks", "/");
    for (String path : paths) {
      HttpResponse<String> expected = get(onSqlite, path);
      HttpResponse<String> actual = get(onPostgres, path);
      assertThat(expected.statusCode()).as(path).isEqualTo(200);
      assertThat(actual.statusCode()).as(path).isEqualTo(200);
      assertThat(actual.body()).as(path).isEqualTo(expected.body());
    }
  }

  @Test
  void reads_see_what_an_ingest_commits_while_the_server_runs() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String postgres = TestLedger.build(dir, Backend.POSTGRESQL);
    try (LedgerServer server = LedgerServer.start(Database.parse(postgres), "127.0.0.1", 0)) {
      readsSeeTheIngest(json, server, postgres);
    }
  }

  private static void readsSeeTheIngest(ObjectMapper json, LedgerServer onPostgres, String postgres)
      throws Exception {
    int before = json.readTree(get(onPostgres, "/api/timeline").body()).get("events").size();
    assertThat(json.readTree(get(onPostgres, "/api/events?from=2024-06").body()).get("total").asInt()).isZero();
    String june = TestLedger.line("t-jun", "https://news.example.net/2024/06/25/swap", "Kyiv Ledger Daily",
        "2024-06-25", "Swap in June\n\nHuman rights commissioner Dmytro Lubinets said 90 Ukrainians were brought "
            + "home from captivity on Tuesday in the 53rd exchange.");
    TestLedger.ingest(dir, postgres, "june.jsonl", List.of(june));

    assertThat(json.readTree(get(onPostgres, "/api/timeline").body()).get("events").size()).isEqualTo(before + 1);
    assertThat(json.readTree(get(onPostgres, "/api/events?from=2024-06").body()).get("total").asInt()).isEqualTo(1);
  }
}
