package org.swapledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swapledger extract} through {@link Main#run}: exit codes, stderr lines, output formats and order. */
class ExtractCommandTest {
  @TempDir Path dir;

  private static final String SWAP = "Ukraine got back 230 Ukrainian prisoners of war on Wednesday, Zelensky said. "
      + "Russia's Defence Ministry said 248 Russian soldiers were freed from Ukrainian custody.";

  @Test
  void extracts_the_examples_with_exit_code_0_and_nothing_on_stderr() {
    Cli.Run r = Cli.run("extract", Cli.examples().toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.records()).hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(x -> assertThat(x.get("language").asText()).isEqualTo("en"));
    assertThat(r.records()).extracting(x -> x.get("id").asText()).contains("2024-01-31-fiftieth-exchange",
        "example-2024-08-24-independence-day");
  }

  @Test
  void writes_one_object_per_article_in_the_extraction_contract() throws IOException {
    Path in = Cli.write(dir.resolve("a.jsonl"), Cli.article("a1", "2024-01-03", SWAP) + "\n");

    JsonNode x = Cli.run("extract", in.toString()).records().getFirst();

    assertThat(x.get("id").asText()).isEqualTo("a1");
    assertThat(x.get("published").asText()).isEqualTo("2024-01-03");
    JsonNode e = x.get("exchanges").get(0);
    assertThat(e.get("date").asText()).isEqualTo("2024-01-03");
    JsonNode ua = e.get("returned_to_ukraine").get(0);
    assertThat(ua.get("count").asLong()).isEqualTo(230);
    assertThat(ua.get("qualifier").asText()).isEqualTo("exact");
    assertThat(ua.get("source").asText()).isEqualTo("Volodymyr Zelensky");
    assertThat(ua.get("evidence").get("text").asText()).isEqualTo(
        "Ukraine got back 230 Ukrainian prisoners of war on Wednesday, Zelensky said.");
    assertThat(e.get("returned_to_russia").get(0).get("count").asLong()).isEqualTo(248);
    assertThat(e.has("total") && e.has("mediators") && e.has("ordinal") && e.has("location")).isTrue();
    assertThat(x.get("cumulative").isArray()).isTrue();
  }

  @Test
  void every_evidence_span_lies_inside_the_text_and_contains_the_figure_as_written() throws IOException {
    List<String> texts = new ArrayList<>();
    StringBuilder jsonl = new StringBuilder();
    try (var files = Files.list(Cli.examples())) {
      for (Path p : files.sorted().filter(f -> f.toString().endsWith(".txt")).toList()) {
        texts.add(Files.readString(p));
      }
    }
    for (int i = 0; i < texts.size(); i++) {
      jsonl.append(Cli.article("t" + i, "2024-01-31", texts.get(i))).append('\n');
    }
    Path in = Cli.write(dir.resolve("texts.jsonl"), jsonl.toString());

    List<JsonNode> records = Cli.run("extract", in.toString()).records();

    int figures = 0;
    for (int i = 0; i < records.size(); i++) {
      String text = texts.get(i);
      for (JsonNode e : records.get(i).get("exchanges")) {
        for (String d : List.of("returned_to_ukraine", "returned_to_russia", "total")) {
          for (JsonNode f : e.get(d)) {
            JsonNode ev = f.get("evidence");
            JsonNode num = f.get("number");
            int s = ev.get("start").asInt();
            int end = ev.get("end").asInt();
            assertThat(end).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(s, end)).isEqualTo(ev.get("text").asText());
            assertThat(num.get("start").asInt()).isBetween(s, end);
            assertThat(num.get("end").asInt()).isBetween(s, end);
            assertThat(text.substring(num.get("start").asInt(), num.get("end").asInt()))
                .isEqualTo(num.get("text").asText());
            assertThat(ev.get("text").asText()).contains(num.get("text").asText());
            String digits = num.get("text").asText().replaceAll("[^0-9]", "");
            if (num.get("text").asText().matches("[0-9,]+")) {
              assertThat(Long.parseLong(digits)).isEqualTo(f.get("count").asLong());
            }
            figures++;
          }
        }
      }
      for (JsonNode c : records.get(i).get("cumulative")) {
        JsonNode ev = c.get("evidence");
        assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
      }
    }
    assertThat(figures).isGreaterThan(5);
  }

  @Test
  void keeps_input_order_with_four_threads() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    IntStream.range(0, 300).forEach(i -> jsonl.append(Cli.article("n" + i, "2024-01-03",
        (i % 3 == 0 ? SWAP + " " : "") + "Article number " + i + " says " + i + " people came home.")).append('\n'));
    Path in = Cli.write(dir.resolve("many.jsonl"), jsonl.toString());

    Cli.Run r = Cli.run("extract", "--threads", "4", in.toString());

    assertThat(r.code()).isZero();
    assertThat(r.records()).extracting(x -> x.get("id").asText())
        .containsExactlyElementsOf(IntStream.range(0, 300).mapToObj(i -> "n" + i).toList());
  }

  @Test
  void writes_a_json_array_with_format_json() throws IOException {
    Path in = Cli.write(dir.resolve("a.jsonl"), Cli.article("a1", "2024-01-03", SWAP) + "\n"
        + Cli.article("a2", "2024-01-03", "Nothing about swaps here.") + "\n");

    Cli.Run r = Cli.run("extract", "--format", "json", in.toString());

    assertThat(r.code()).isZero();
    JsonNode array = Cli.parse(r.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).extracting(x -> x.get("id").asText()).containsExactly("a1", "a2");
  }

  @Test
  void writes_an_empty_json_array_when_every_input_is_bad() throws IOException {
    Path in = Cli.write(dir.resolve("bad.jsonl"), "{oops\n");

    Cli.Run r = Cli.run("extract", "--format", "json", in.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(Cli.parse(r.out()).isEmpty()).isTrue();
  }

  @Test
  void writes_one_table_row_per_figure_with_format_table() throws IOException {
    Path in = Cli.write(dir.resolve("a.jsonl"), Cli.article("a1", "2024-01-03", SWAP) + "\n");

    Cli.Run r = Cli.run("extract", "--format", "table", in.toString());

    assertThat(r.code()).isZero();
    assertThat(r.outLines()).hasSize(3);
    assertThat(r.outLines().get(0)).matches("article +date +direction +count +qualifier +source +evidence");
    assertThat(r.outLines().get(1)).matches("a1 +2024-01-03 +returned_to_ukraine +230 +exact +Volodymyr Zelensky +.*");
    assertThat(r.outLines().get(2)).matches(
        "a1 +2024-01-03 +returned_to_russia +248 +exact +Russian Ministry of Defence +.*248 Russian soldiers.*");
  }

  @Test
  void reads_a_text_file_with_the_publication_date_given() throws IOException {
    Path in = Cli.write(dir.resolve("swap-story.txt"), SWAP);

    JsonNode x = Cli.run("extract", "--published", "2024-01-04", in.toString()).records().getFirst();

    assertThat(x.get("id").asText()).isEqualTo("swap-story");
    assertThat(x.get("published").asText()).isEqualTo("2024-01-04");
    assertThat(x.get("exchanges").get(0).get("date").asText()).isEqualTo("2024-01-03");
  }

  @Test
  void reports_each_bad_line_on_stderr_with_file_line_and_reason_and_goes_on() throws IOException {
    Path in = dir.resolve("mixed.jsonl");
    try (OutputStream o = Files.newOutputStream(in)) {
      o.write((Cli.article("good-1", "2024-01-03", SWAP) + "\n").getBytes(StandardCharsets.UTF_8));
      o.write("{\"id\": \"broken\", \"text\": \n".getBytes(StandardCharsets.UTF_8));
      o.write("{\"url\": \"https://example.org\", \"text\": \"no id here\"}\n".getBytes(StandardCharsets.UTF_8));
      o.write("{\"id\": \"no-text\", \"published\": \"2024-01-03\"}\n".getBytes(StandardCharsets.UTF_8));
      o.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
      o.write(new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, '\n'});
      o.write("[1, 2, 3]\n".getBytes(StandardCharsets.UTF_8));
      o.write((Cli.article("good-2", "2024-01-03", SWAP) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    Cli.Run r = Cli.run("extract", in.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.records()).extracting(x -> x.get("id").asText()).containsExactly("good-1", "good-2");
    String f = in.toString();
    assertThat(r.errLines()).satisfiesExactly(
        l -> assertThat(l).startsWith(f + ":2:").contains("invalid JSON"),
        l -> assertThat(l).startsWith(f + ":3: ").contains("no \"id\""),
        l -> assertThat(l).startsWith(f + ":4: ").contains("no \"text\""),
        l -> assertThat(l).startsWith(f + ":5: ").contains("not valid UTF-8"),
        l -> assertThat(l).startsWith(f + ":6: ").contains("binary data"),
        l -> assertThat(l).startsWith(f + ":7: ").contains("not a JSON object"));
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void reports_an_empty_file_and_still_processes_the_other_inputs() throws IOException {
    Path empty = Cli.write(dir.resolve("empty.jsonl"), "");
    Path good = Cli.write(dir.resolve("good.jsonl"), Cli.article("g", "2024-01-03", SWAP) + "\n");

    Cli.Run r = Cli.run("extract", empty.toString(), good.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly(empty + ": empty file");
    assertThat(r.records()).extracting(x -> x.get("id").asText()).containsExactly("g");
  }

  @Test
  void reports_a_binary_text_file_in_one_line() throws IOException {
    Path bin = dir.resolve("image.txt");
    byte[] bytes = new byte[4096];
    new java.util.Random(1).nextBytes(bytes);
    bytes[10] = 0;
    Files.write(bin, bytes);
    Path good = Cli.write(dir.resolve("good.txt"), SWAP);

    Cli.Run r = Cli.run("extract", "--published", "2024-01-03", bin.toString(), good.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString().matches(java.util.regex.Pattern.quote(bin.toString())
        + ":\\d+: binary data \\(NUL bytes\\); not a text file");
    assertThat(r.records()).extracting(x -> x.get("id").asText()).containsExactly("good");
  }

  @Test
  void reports_a_text_file_that_is_not_utf8_in_one_line() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Headline\nZelensky d\u00E9clare: 230 prisonniers".getBytes(StandardCharsets.ISO_8859_1));

    Cli.Run r = Cli.run("extract", "--published", "2024-01-03", latin1.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly(latin1 + ":2: not valid UTF-8 at byte 11; not a text file in UTF-8");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void reports_a_binary_jsonl_file_in_one_line() throws IOException {
    Path bin = dir.resolve("dump.jsonl");
    byte[] bytes = new byte[2000];
    new java.util.Random(2).nextBytes(bytes);
    bytes[5] = 0;
    Files.write(bin, bytes);
    Path good = Cli.write(dir.resolve("good.jsonl"), Cli.article("g", "2024-01-03", SWAP) + "\n");

    Cli.Run r = Cli.run("extract", bin.toString(), good.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly(bin + ":1: binary data (NUL bytes); not a JSONL file");
    assertThat(r.records()).extracting(x -> x.get("id").asText()).containsExactly("g");
  }

  @Test
  void reports_a_missing_file() {
    Cli.Run r = Cli.run("extract", dir.resolve("nowhere.jsonl").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly(dir.resolve("nowhere.jsonl") + ": no such file or directory");
  }

  @Test
  void reads_directories_recursively_in_name_order_and_reports_unsupported_files() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Cli.write(dir.resolve("b/second.txt"), SWAP);
    Cli.write(dir.resolve("a-first.txt"), SWAP);
    Cli.write(dir.resolve("notes.pdf"), "%PDF");

    Cli.Run r = Cli.run("extract", "--published", "2024-01-03", dir.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.records()).extracting(x -> x.get("id").asText()).containsExactly("a-first", "second");
    assertThat(r.errLines()).singleElement().asString().startsWith(dir.resolve("notes.pdf") + ": unsupported");
  }

  @Test
  void a_usage_error_exits_with_2() {
    assertThat(Cli.run("extract", "--format", "xml").code()).isEqualTo(2);
    assertThat(Cli.run("extract", "--threads", "0", "x.jsonl").code()).isEqualTo(2);
    assertThat(Cli.run("extract", "--no-such-option").code()).isEqualTo(2);
    assertThat(Cli.run("no-such-command").code()).isEqualTo(2);
    assertThat(Cli.run("extract", "--published", "31/01/2024", "x.txt").code()).isEqualTo(2);
  }

  @Test
  void a_usage_error_names_the_problem_on_stderr() {
    Cli.Run r = Cli.run("extract", "--format", "xml");

    assertThat(r.err()).contains("--format").contains("xml");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void prints_help_and_version_with_exit_code_0() {
    Cli.Run help = Cli.run("extract", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--format", "--threads", "--published");
    Cli.Run version = Cli.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("swapledger ");
  }
}
