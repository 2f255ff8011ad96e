package org.swapledger.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Article;
import org.swapledger.model.Issue;

/**
 * Reads articles from JSONL dumps (one {@code {"id","url","outlet","published","text"}} per line), plain-text
 * files (id = file name; publication date from the caller or a dateline), directories (recursively, in name order)
 * and standard input ("-"). Streams: memory does not grow with the input. Bad input becomes {@link Input.Bad}.
 */
public final class ArticleReader {
  /** Lines longer than this are skipped with an issue rather than held in memory. */
  public static final int MAX_LINE_BYTES = 32 << 20;
  /** How much of a file is looked at to tell binary data from text. */
  private static final int SNIFF_BYTES = 4096;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATELINE = Pattern.compile(
      "(?i)\\b(?:(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)"
          + ",? (\\d{4})|(January|February|March|April|May|June|July|August|September|October|November|December)"
          + " (\\d{1,2}),? (\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b");
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  private final @Nullable LocalDate published;

  /** @param published the publication date for text files without one; null to read it from a dateline */
  public ArticleReader(@Nullable LocalDate published) {
    this.published = published;
  }

  /** Reads every path in order and hands each article or issue to {@code sink}. */
  public void read(List<String> paths, InputStream stdin, Consumer<Input> sink) {
    for (String p : paths) {
      if (p.equals("-")) {
        readStream("stdin", stdin, sink);
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        sink.accept(new Input.Bad(new Issue(p, 0, -1, "no such file or directory")));
      } else if (Files.isDirectory(path)) {
        readDirectory(path, sink);
      } else {
        readFile(path, sink);
      }
    }
  }

  private void readDirectory(Path dir, Consumer<Input> sink) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
          .forEach(files::add);
    } catch (IOException e) {
      sink.accept(new Input.Bad(new Issue(dir.toString(), 0, -1, "cannot list directory: " + e.getMessage())));
    }
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".txt")) {
        readFile(f, sink);
      } else {
        sink.accept(new Input.Bad(new Issue(f.toString(), 0, -1, "unsupported file type; expected .jsonl, "
            + ".ndjson or .txt")));
      }
    }
  }

  private void readFile(Path file, Consumer<Input> sink) {
    String name = file.toString();
    try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      if (Files.size(file) == 0) {
        sink.accept(new Input.Bad(new Issue(name, 0, -1, "empty file")));
        return;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".txt")) {
        readText(name, stripExtension(file.getFileName().toString()), in, sink);
      } else if (startsBinary(in)) {
        sink.accept(new Input.Bad(Issue.atLine(name, 1, "binary data (NUL bytes); not a JSONL file")));
      } else {
        readJsonl(name, in, sink);
      }
    } catch (IOException e) {
      sink.accept(new Input.Bad(new Issue(name, 0, -1, "cannot read: " + e.getMessage())));
    }
  }

  /**
   * True when the file starts as binary data (an image, an archive): a NUL in its first line, or control bytes
   * making more than 1 in 32 of its head. Such a file is reported once; a text file with one broken line is not.
   */
  private static boolean startsBinary(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    boolean firstLine = true;
    int controls = 0;
    for (byte b : head) {
      if (b == '\n') {
        firstLine = false;
      } else if (b == 0 && firstLine) {
        return true;
      } else if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\f') {
        controls++;
      }
    }
    return controls * 32 > head.length;
  }

  private void readStream(String name, InputStream raw, Consumer<Input> sink) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw);
      in.mark(4096);
      byte[] head = in.readNBytes(4096);
      in.reset();
      if (head.length == 0) {
        sink.accept(new Input.Bad(new Issue(name, 0, -1, "empty input")));
        return;
      }
      int i = 0;
      while (i < head.length && Character.isWhitespace(head[i])) {
        i++;
      }
      if (i < head.length && head[i] == '{') {
        readJsonl(name, in, sink);
      } else {
        readText(name, name, in, sink);
      }
    } catch (IOException e) {
      sink.accept(new Input.Bad(new Issue(name, 0, -1, "cannot read: " + e.getMessage())));
    }
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private void readText(String name, String id, InputStream in, Consumer<Input> sink) throws IOException {
    byte[] bytes = in.readAllBytes();
    for (byte b : bytes) {
      if (b == 0) {
        sink.accept(new Input.Bad(new Issue(name, 0, -1, "binary data (NUL bytes); not a text file")));
        return;
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      sink.accept(new Input.Bad(new Issue(name, 0, -1, "not valid UTF-8 text")));
      return;
    }
    if (text.isBlank()) {
      sink.accept(new Input.Bad(new Issue(name, 0, -1, "no text")));
      return;
    }
    LocalDate date = published != null ? published : dateline(text);
    sink.accept(new Input.Read(new Article(id, null, null, date, text), name));
  }

  /** The first full date in the first lines of a text ("KYIV, January 31, 2024"), or null. */
  static @Nullable LocalDate dateline(String text) {
    Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), 600)));
    if (!m.find()) {
      return null;
    }
    try {
      if (m.group(1) != null) {
        return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1,
            Integer.parseInt(m.group(1)));
      }
      if (m.group(4) != null) {
        return LocalDate.of(Integer.parseInt(m.group(6)), MONTHS.indexOf(m.group(4).toLowerCase(Locale.ROOT)) + 1,
            Integer.parseInt(m.group(5)));
      }
      return LocalDate.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private void readJsonl(String name, InputStream in, Consumer<Input> sink) throws IOException {
    LineReader lines = new LineReader(in, MAX_LINE_BYTES);
    LineReader.Line line;
    boolean any = false;
    while ((line = lines.next()) != null) {
      if (line.problem() != null) {
        sink.accept(new Input.Bad(Issue.atLine(name, line.number(), line.problem())));
        any = true;
        continue;
      }
      String text = line.text();
      if (text == null || text.isBlank()) {
        continue;
      }
      any = true;
      sink.accept(parseRecord(name, line.number(), text));
    }
    if (!any) {
      sink.accept(new Input.Bad(new Issue(name, 0, -1, "no records")));
    }
  }

  /** One JSONL record as an article, or the reason it is not one. */
  static Input parseRecord(String name, long lineNo, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      return new Input.Bad(new Issue(name, lineNo, col, "invalid JSON: " + firstLine(msg)));
    }
    if (node == null || !node.isObject()) {
      return new Input.Bad(Issue.atLine(name, lineNo, "not a JSON object"));
    }
    String id = textField(node, "id");
    if (id == null || id.isBlank()) {
      return new Input.Bad(Issue.atLine(name, lineNo, "record has no \"id\""));
    }
    String text = textField(node, "text");
    if (text == null || text.isBlank()) {
      return new Input.Bad(Issue.atLine(name, lineNo, "record \"" + id + "\" has no \"text\""));
    }
    LocalDate published = null;
    String pub = textField(node, "published");
    if (pub != null && !pub.isBlank()) {
      try {
        published = LocalDate.parse(pub.length() >= 10 ? pub.substring(0, 10) : pub);
      } catch (DateTimeParseException e) {
        return new Input.Bad(Issue.atLine(name, lineNo, "record \"" + id + "\": \"published\" is not a date "
            + "(YYYY-MM-DD): " + pub));
      }
    }
    return new Input.Read(new Article(id, textField(node, "url"), textField(node, "outlet"), published, text),
        name + ":" + lineNo);
  }

  private static @Nullable String textField(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
