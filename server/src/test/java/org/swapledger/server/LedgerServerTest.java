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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API and pages, against the real server on 127.0.0.1 over a real SQLite ledger. */
class LedgerServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path dir;

  private static Path db;
  private static LedgerServer server;

  @BeforeAll
  static void start() throws IOException {
    db = TestLedger.build(dir);
    server = LedgerServer.start(db, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
        "application/json"));
    return JSON.readTree(r.body());
  }

  private static JsonNode eventOn(String date) throws IOException, InterruptedException {
    JsonNode page = json("/api/events?from=" + date + "&to=" + date);
    assertThat(page.get("total").asInt()).as("events on " + date).isEqualTo(1);
    return page.get("items").get(0);
  }

  @Test
  void events_list_each_exchange_once_with_best_figures_mediators_and_flags() throws Exception {
    JsonNode page = json("/api/events?from=2024-01&to=2024-01");

    assertThat(page.get("total").asInt()).isEqualTo(2);
    JsonNode jan3 = page.get("items").get(0);
    assertThat(jan3.get("date").asText()).isEqualTo("2024-01-03");
    assertThat(jan3.get("ordinal").asInt()).isEqualTo(49);
    assertThat(jan3.at("/returned_to_ukraine/count").asLong()).isEqualTo(230);
    assertThat(jan3.at("/returned_to_russia/count").asLong()).isEqualTo(248);
    assertThat(jan3.get("mediators").get(0).asText()).isEqualTo("United Arab Emirates");
    JsonNode jan31 = page.get("items").get(1);
    assertThat(jan31.at("/returned_to_ukraine/text").asText()).isEqualTo("207");
    assertThat(jan31.get("flags").toString()).contains("contradiction");
    assertThat(jan31.get("page").asText()).isEqualTo("/events/" + jan31.get("id").asLong());
  }

  @Test
  void events_filter_by_flag_side_mediator_status_and_text_and_sort_and_page() throws Exception {
    assertThat(dates(json("/api/events?flag=contradiction"))).containsExactly("2024-01-31");
    assertThat(dates(json("/api/events?status=compatible"))).containsExactly("2024-01-03");
    assertThat(dates(json("/api/events?side=russia"))).containsExactly("2024-01-03", "2024-01-31");
    assertThat(dates(json("/api/events?mediator=emirates&sort=-date"))).containsExactly("2024-01-31", "2024-01-03");
    assertThat(dates(json("/api/events?q=example%20wire"))).containsExactly("2024-01-03");
    assertThat(dates(json("/api/events?sort=-to_ukraine&limit=1"))).containsExactly("2024-01-03");
    JsonNode second = json("/api/events?sort=date&limit=1&offset=1");
    assertThat(second.get("total").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(dates(second)).containsExactly("2024-01-31");
  }

  private static List<String> dates(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(e -> out.add(e.get("date").asText()));
    return out;
  }

  @Test
  void an_event_shows_every_claim_with_source_outlet_url_evidence_and_the_contradicting_pair() throws Exception {
    JsonNode d = json("/api/events/" + eventOn("2024-01-31").get("id").asLong());

    JsonNode ukraine207 = find(d.get("claims"), "returned_to_ukraine", 207);
    assertThat(ukraine207.get("source").asText()).isEqualTo("Volodymyr Zelensky");
    assertThat(ukraine207.at("/article/outlet").asText()).isEqualTo("Kyiv Ledger Daily");
    assertThat(ukraine207.at("/article/url").asText()).isEqualTo("https://news.example.net/2024/01/31/swap");
    assertThat(ukraine207.at("/evidence/text").asText())
        .isEqualTo("Zelensky said Ukraine brought home 207 prisoners of war today in the 50th exchange.");
    assertThat(ukraine207.at("/evidence/end").asInt()).isGreaterThan(ukraine207.at("/evidence/start").asInt());
    JsonNode ukraine195 = find(d.get("claims"), "returned_to_ukraine", 195);
    assertThat(ukraine195.get("source").asText()).isEqualTo("Russian Ministry of Defence");
    assertThat(d.get("pairs").toString()).contains("\"status\":\"contradiction\"");
    assertThat(d.get("checks").toString()).contains("contradiction");
  }

  private static JsonNode find(JsonNode claims, String direction, long count) {
    for (JsonNode c : claims) {
      if (c.get("direction").asText().equals(direction) && c.at("/figure/count").asLong() == count) {
        return c;
      }
    }
    throw new AssertionError("no claim " + direction + " " + count + " in " + claims);
  }

  @Test
  void the_compatible_pair_of_the_49th_exchange_is_listed_with_both_claims() throws Exception {
    JsonNode d = json("/api/events/" + eventOn("2024-01-03").get("id").asLong());

    JsonNode moreThan200 = find(d.get("claims"), "returned_to_ukraine", 200);
    assertThat(moreThan200.at("/figure/text").asText()).isEqualTo("more than 200");
    assertThat(moreThan200.get("high").isNull()).isTrue();
    assertThat(d.get("pairs").get(0).get("status").asText()).isEqualTo("compatible");
  }

  @Test
  void an_article_gives_its_text_and_spans_whose_offsets_cut_out_the_evidence() throws Exception {
    JsonNode claim = json("/api/claims?direction=returned_to_russia&limit=1000").get("items").get(0);
    JsonNode a = json("/api/articles/" + claim.at("/article/id").asLong());

    String text = a.get("text").asText();
    assertThat(a.get("spans").size()).isGreaterThanOrEqualTo(1);
    for (JsonNode s : a.get("spans")) {
      assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
    }
  }

  @Test
  void claims_page_and_filter_by_event() throws Exception {
    long id = eventOn("2024-01-31").get("id").asLong();
    JsonNode claims = json("/api/claims?event=" + id);

    assertThat(claims.get("items")).hasSize(3);
    claims.get("items").forEach(c -> assertThat(c.get("event_id").asLong()).isEqualTo(id));
    assertThat(json("/api/claims?limit=1&offset=1").get("items")).hasSize(1);
  }

  @Test
  void stats_sum_best_figures_per_year_and_cumulatively() throws Exception {
    JsonNode s = json("/api/stats");

    JsonNode y2024 = s.get("years").get(0);
    assertThat(y2024.get("year").asText()).isEqualTo("2024");
    assertThat(y2024.get("to_ukraine").asLong()).isEqualTo(230 + 207 + 12);
    assertThat(y2024.get("to_russia").asLong()).isEqualTo(248 + 195);
    assertThat(s.at("/totals/returned_to_ukraine").asLong()).isEqualTo(y2024.get("cumulative_to_ukraine").asLong());
  }

  @Test
  void the_timeline_lists_every_exchange_compactly_with_the_source_of_each_best_figure() throws Exception {
    JsonNode t = json("/api/timeline");

    JsonNode jan3 = t.get("events").get(0);
    assertThat(jan3.get(1).asText()).isEqualTo("2024-01-03");
    assertThat(jan3.get(3).asLong()).isEqualTo(230);
    assertThat(jan3.get(4).isNull()).isTrue();
    assertThat(jan3.get(5).asLong()).isEqualTo(248);
    assertThat(t.get("labels").get(jan3.get(9).asInt()).asText()).isEqualTo("Dmytro Lubinets (Kyiv Ledger Daily)");
    assertThat(t.get("events").size()).isEqualTo(json("/api/events").get("total").asInt());
  }

  @Test
  void checks_list_what_each_rests_on() throws Exception {
    JsonNode checks = json("/api/checks");

    assertThat(checks.size()).isGreaterThanOrEqualTo(1);
    JsonNode sequence = null;
    for (JsonNode k : checks) {
      if (k.get("kind").asText().equals("ordinal_sequence")) {
        sequence = k;
      }
    }
    assertThat(sequence).isNotNull();
    assertThat(sequence.get("outcome").asText()).isEqualTo("pass");
    assertThat(sequence.get("basis").toString()).contains("\"kind\":\"event\"");
  }

  @Test
  void an_unknown_event_is_a_404_problem_and_a_bad_parameter_a_400_naming_it() throws Exception {
    HttpResponse<String> missing = get("/api/events/99999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = JSON.readTree(missing.body());
    assertThat(p.get("status").asInt()).isEqualTo(404);
    assertThat(p.get("title").asText()).isEqualTo("Not found");
    assertThat(p.get("detail").asText()).contains("99999");

    HttpResponse<String> bad = get("/api/events?limit=5000");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("detail").asText()).startsWith("limit must be between 1 and 1000");
    assertThat(get("/api/no-such-thing").headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void writes_are_refused_the_server_is_read_only() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/events")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void reads_carry_an_etag_and_answer_304_when_the_client_has_it() throws Exception {
    HttpResponse<String> first = get("/api/events");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

    HttpResponse<String> again = get("/api/events", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(get("/events", "If-None-Match", etag).statusCode()).isEqualTo(200);

    HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/events")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("ETag")).hasValue(etag);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void exports_events_as_rfc4180_csv_and_claims_as_json() throws Exception {
    HttpResponse<String> csv = get("/api/export/events.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
    assertThat(csv.body()).startsWith("id,date,ordinal,returned_to_ukraine,");
    assertThat(csv.body()).contains("\r\n").contains(",2024-01-31,50,207,");

    assertThat(JSON.readTree(get("/api/export/claims.json").body()).size()).isGreaterThanOrEqualTo(6);
    assertThat(get("/api/export/events.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void the_openapi_document_describes_every_read() throws Exception {
    JsonNode doc = json("/api/openapi.json");

    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").properties()).extracting(java.util.Map.Entry::getKey).contains("/api/events",
        "/api/events/{id}", "/api/claims", "/api/articles/{id}", "/api/checks", "/api/stats", "/api/export/{file}");
    HttpResponse<String> page = get("/api");
    assertThat(page.body()).contains("/static/vendor/swagger-ui/swagger-ui-bundle.js");
    assertThat(get("/static/vendor/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    assertThat(get("/static/vendor/uplot/uPlot.iife.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void every_page_has_a_strict_csp_and_no_inline_script() throws Exception {
    long id = eventOn("2024-01-31").get("id").asLong();
    for (String path : List.of("/", "/events", "/events/" + id, "/checks", "/api", "/articles/1", "/nowhere")) {
      HttpResponse<String> r = get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.body().replaceAll("<script src=\"/static/[^\"]+\" defer></script>", "")).doesNotContain("<script");
    }
  }

  @Test
  void a_hostile_article_is_escaped_text_and_its_javascript_address_is_no_link() throws Exception {
    JsonNode claims = json("/api/claims?limit=1000").get("items");
    long hostile = -1;
    for (JsonNode c : claims) {
      if (c.at("/article/input_id").asText().equals("t-hostile")) {
        hostile = c.at("/article/id").asLong();
      }
    }
    assertThat(hostile).as("the hostile article yields a claim").isPositive();
    String html = get("/articles/" + hostile).body();

    assertThat(html).doesNotContain("<script>window").doesNotContain("<img src=x").doesNotContain("<iframe")
        .doesNotContain("<b>markup").doesNotContainPattern("<a [^>]*href=\"javascript:");
    assertThat(html).contains("&lt;script&gt;window.pwned=3&lt;/script&gt;").contains("javascript:window.pwned=1");
    assertThat(html).contains("<mark class=\"evidence\" id=\"claim-");
  }

  @Test
  void an_exchange_can_be_found_by_its_date() throws Exception {
    HttpResponse<String> r = get("/events/2024-01-31");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue("/events/" + eventOn("2024-01-31").get("id").asLong());
  }

  @Test
  void reads_see_what_an_ingest_commits_to_the_same_file_while_the_server_runs() throws Exception {
    String before = get("/api/timeline").body();
    long count = JSON.readTree(before).get("events").size();
    assertThat(dates(json("/api/events?from=2024-06"))).isEmpty();
    String june = TestLedger.line("t-jun", "https://news.example.net/2024/06/25/swap", "Kyiv Ledger Daily",
        "2024-06-25", "Swap in June\n\nHuman rights commissioner Dmytro Lubinets said 90 Ukrainians were brought "
            + "home from captivity on Tuesday in the 53rd exchange.");
    TestLedger.ingest(dir, db, "june.jsonl", List.of(june));

    JsonNode after = JSON.readTree(get("/api/timeline").body());
    assertThat(after.get("events").size()).isEqualTo(count + 1);
    assertThat(dates(json("/api/events?from=2024-06"))).containsExactly("2024-06-25");
  }
}
