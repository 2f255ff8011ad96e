package org.swapledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a real child process: exit status, standard input, and bad input too big to hold. */
class CliProcessTest {
  @TempDir Path dir;

  private static final String SWAP = "Ukraine got back 230 Ukrainian prisoners of war on Wednesday, Zelensky said.";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void reads_jsonl_from_standard_input_and_exits_0() throws Exception {
    String in = Cli.article("s1", "2024-01-03", SWAP) + "\n" + Cli.article("s2", "2024-01-03", SWAP) + "\n";

    Cli.Run r = Cli.process(utf8(in), "extract", "-");

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.records()).extracting(x -> x.get("id").asText()).containsExactly("s1", "s2");
  }

  @Test
  void reads_plain_text_from_standard_input_when_no_path_is_given() throws Exception {
    Cli.Run r = Cli.process(utf8(SWAP), "extract", "--published", "2024-01-04");

    assertThat(r.code()).isZero();
    assertThat(r.records()).singleElement().satisfies(x -> {
      assertThat(x.get("id").asText()).isEqualTo("stdin");
      assertThat(x.get("exchanges").get(0).get("date").asText()).isEqualTo("2024-01-03");
    });
  }

  @Test
  void empty_standard_input_is_bad_input() throws Exception {
    Cli.Run r = Cli.process(new byte[0], "extract");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("stdin: empty input");
  }

  @Test
  void a_usage_error_exits_with_status_2() throws Exception {
    Cli.Run r = Cli.process(new byte[0], "extract", "--threads", "many");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--threads").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void skips_a_50_megabyte_line_with_one_stderr_line_and_processes_the_rest() throws IOException, Exception {
    Path file = dir.resolve("huge.jsonl");
    try (OutputStream o = Files.newOutputStream(file)) {
      o.write(utf8(Cli.article("before", "2024-01-03", SWAP) + "\n"));
      o.write(utf8("{\"id\": \"huge\", \"published\": \"2024-01-03\", \"text\": \""));
      byte[] block = utf8("Ukraine got back 230 prisoners. ".repeat(1024));
      for (int written = 0; written < 50_000_000; written += block.length) {
        o.write(block);
      }
      o.write(utf8("\"}\n"));
      o.write(utf8(Cli.article("after", "2024-01-03", SWAP) + "\n"));
    }

    Cli.Run r = Cli.process(new byte[0], "extract", "--threads", "2", file.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith(file + ":2: ").contains("line longer than");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    assertThat(r.records()).extracting(x -> x.get("id").asText()).containsExactly("before", "after");
  }

  @Test
  void bad_lines_give_stderr_lines_and_exit_status_1_without_stack_trace() throws Exception {
    Path file = Cli.write(dir.resolve("bad.jsonl"), "not json at all\n" + Cli.article("ok", "2024-01-03", SWAP)
        + "\n{\"id\": \"x\"}\n");

    Cli.Run r = Cli.process(new byte[0], "extract", file.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).startsWith(file + ":1:").contains("invalid JSON");
    assertThat(r.errLines().get(1)).isEqualTo(file + ":3: record \"x\" has no \"text\"");
    assertThat(r.records()).extracting(x -> x.get("id").asText()).containsExactly("ok");
  }
}
