package org.swapledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the command line in this JVM or in a child JVM and keeps what it printed. */
final class Cli {
  static final ObjectMapper JSON = new ObjectMapper();

  /** What one run left: exit code, standard output and standard error. */
  record Run(int code, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    List<String> errLines() {
      return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
    }

    List<JsonNode> records() {
      return outLines().stream().map(Cli::parse).toList();
    }
  }

  private Cli() {}

  /** Through {@link Main#run}, as the tests of the command's behaviour do. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }

  /** In a child JVM on this test's class path, with {@code stdin} piped in. */
  static Run process(byte[] stdin, String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse(
        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(List.of(args));
    return exec(cmd, stdin);
  }

  static Run exec(List<String> cmd, byte[] stdin) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    try (var in = p.getOutputStream()) {
      in.write(stdin);
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("child process did not finish in 120 s: " + cmd);
    }
    return new Run(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream b = new ByteArrayOutputStream()) {
      in.transferTo(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  /** One JSONL record. */
  static String article(String id, String published, String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.putNull("url");
    o.put("outlet", "test");
    o.put("published", published);
    o.put("text", text);
    return o.toString();
  }

  static Path write(Path file, String content) throws IOException {
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** The repository's examples folder, from the cli module's directory. */
  static Path examples() {
    Path p = Path.of("..", "examples").toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new AssertionError("no examples folder at " + p);
    }
    return p;
  }
}
