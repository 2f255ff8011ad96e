package org.swapledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar as users and the launcher run it ({@code java -jar cli/target/swapledger.jar}); run by
 * {@code ./mvnw verify}, after the package phase has built the jar.
 */
class ShadedJarIT {
  private static final Path JAR = Path.of("target", "swapledger.jar").toAbsolutePath();

  private static Cli.Run jar(byte[] stdin, String... args) throws Exception {
    assertThat(JAR).as("the shaded jar; run ./mvnw verify").exists();
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> cmd = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return Cli.exec(cmd, stdin);
  }

  @Test
  void extracts_the_examples_from_the_jar() throws Exception {
    Cli.Run r = jar(new byte[0], "extract", "--format", "table", Cli.examples().toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.outLines().getFirst()).startsWith("article");
    assertThat(r.out()).contains("2024-01-31-fiftieth-exchange", "returned_to_russia");
  }

  @Test
  void reads_standard_input_and_reports_bad_lines_with_exit_status_1() throws Exception {
    String in = Cli.article("ok", "2024-01-03", "Ukraine got back 230 Ukrainian prisoners, Zelensky said.")
        + "\n{broken\n";

    Cli.Run r = jar(in.getBytes(StandardCharsets.UTF_8), "extract");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.records()).extracting(x -> x.get("id").asText()).containsExactly("ok");
    assertThat(r.errLines()).singleElement().asString().startsWith("stdin:2:").contains("invalid JSON");
  }

  @Test
  void a_usage_error_exits_with_status_2_and_version_with_0() throws Exception {
    assertThat(jar(new byte[0], "extract", "--format", "yaml").code()).isEqualTo(2);
    Cli.Run v = jar(new byte[0], "--version");
    assertThat(v.code()).isZero();
    assertThat(v.out()).startsWith("swapledger");
    assertThat(Files.size(JAR)).isGreaterThan(1_000_000);
  }
}
