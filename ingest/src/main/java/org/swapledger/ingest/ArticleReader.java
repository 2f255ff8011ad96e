package org.swapledger.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
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
import org.swapledger.ingest.html.Page;
import org.swapledger.ingest.html.TextPostSplitter;
import org.swapledger.model.Article;
import org.swapledger.model.Issue;

/**
 * Reads articles from JSONL dumps (one {@code {"id","url","outlet","published","text"}} per line), plain-text
 * files (id = file name; publication date from the caller or a dateline), HTML pages (.html, .htm), RSS/Atom feeds
 * (.xml, .rss, .atom), WARC archives (.warc, .warc.gz), directories (recursively, in name order) and standard input
 * ("-"), telling formats apart by extension and content. Streams JSONL and WARC: memory does not grow with the
 * input. Bad input becomes {@link Input.Bad}.
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

  /** HTML pages and feeds larger than this are not news; they are skipped with an issue. */
  public static final int MAX_DOCUMENT_BYTES = 16 << 20;
  private static final byte[] GZIP = {0x1f, (byte) 0x8b};

  private final @Nullable LocalDate published;
  private final DocumentReader documents = new DocumentReader();
  private final WarcArticleReader warc = new WarcArticleReader(documents);

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
      if (Format.ofName(f.getFileName().toString()) != Format.UNKNOWN) {
        readFile(f, sink);
      } else {
        sink.accept(new Input.Bad(new Issue(f.toString(), 0, -1, "unsupported file type; expected .jsonl, "
            + ".ndjson, .txt, .html, .htm, .xml, .rss, .atom, .warc or .warc.gz")));
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
      String fileName = file.getFileName().toString();
      Format format = Format.ofName(fileName);
      if (format == Format.UNKNOWN) {
        format = Format.sniff(in);
      }
      switch (format) {
        case TEXT -> readText(name, stripExtension(fileName), in, sink);
        case HTML, FEED -> readDocument(name, stripExtension(fileName), in, format, sink);
        case WARC -> warc.read(name, in, sink);
        case JSONL, UNKNOWN -> {
          if (startsBinary(in)) {
            sink.accept(new Input.Bad(Issue.atLine(name, 1, "binary data (NUL bytes); not a JSONL file")));
          } else {
            readJsonl(name, in, sink);
          }
        }
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
      switch (Format.sniff(in)) {
        case JSONL -> readJsonl(name, in, sink);
        case HTML -> readDocument(name, name, in, Format.HTML, sink);
        case FEED -> readDocument(name, name, in, Format.FEED, sink);
        case WARC -> warc.read(name, in, sink);
        case TEXT, UNKNOWN -> readText(name, name, in, sink);
      }
    } catch (IOException e) {
      sink.accept(new Input.Bad(new Issue(name, 0, -1, "cannot read: " + e.getMessage())));
    }
  }

  /** The formats a file can have; by extension first, by its first bytes when the extension says nothing. */
  enum Format {
    JSONL, TEXT, HTML, FEED, WARC, UNKNOWN;

    static Format ofName(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
        return JSONL;
      }
      if (n.endsWith(".txt")) {
        return TEXT;
      }
      if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
        return HTML;
      }
      if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
        return FEED;
      }
      if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
        return WARC;
      }
      return UNKNOWN;
    }

    /** By the first bytes of a marked stream (reset afterwards): gzip or "WARC/", '{', '<', else text. */
    static Format sniff(InputStream in) throws IOException {
      in.mark(4096);
      byte[] head = in.readNBytes(4096);
      in.reset();
      int i = 0;
      while (i < head.length && (Character.isWhitespace(head[i]) || (head[i] & 0xff) == 0xEF
          || (head[i] & 0xff) == 0xBB || (head[i] & 0xff) == 0xBF)) {
        i++;
      }
      if (head.length >= 2 && head[0] == GZIP[0] && head[1] == GZIP[1]) {
        return WARC;
      }
      if (i == head.length) {
        return UNKNOWN;
      }
      if (new String(head, i, Math.min(5, head.length - i), StandardCharsets.ISO_8859_1).equals("WARC/")) {
        return WARC;
      }
      if (head[i] == '{') {
        return JSONL;
      }
      if (head[i] == '<') {
        return DocumentReader.kind(head, null, null) == DocumentReader.Kind.FEED ? FEED : HTML;
      }
      return TEXT;
    }
  }

  private static String stripExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT).endsWith(".warc.gz") ? name.substring(0, name.length() - 3) : name;
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private void readDocument(String name, String id, InputStream in, Format format, Consumer<Input> sink)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      sink.accept(new Input.Bad(new Issue(name, 0, -1, "larger than " + (MAX_DOCUMENT_BYTES >> 20)
          + " MiB; not a news page or feed")));
      return;
    }
    documents.read(bytes, null, name, null, id, format == Format.FEED ? DocumentReader.Kind.FEED
        : DocumentReader.Kind.HTML, sink);
  }

  private void readText(String name, String id, InputStream in, Consumer<Input> sink) throws IOException {
    byte[] bytes = in.readAllBytes();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        sink.accept(new Input.Bad(Issue.atLine(name, lineOf(bytes, i), "binary data (NUL bytes); not a text file")));
        return;
      }
    }
    ByteBuffer raw = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(raw, chars, true);
    if (result.isError()) {
      int at = raw.position();
      sink.accept(new Input.Bad(Issue.atLine(name, lineOf(bytes, at), "not valid UTF-8 at byte "
          + (at - lineStart(bytes, at) + 1) + "; not a text file in UTF-8")));
      return;
    }
    String text = chars.flip().toString();
    if (text.isBlank()) {
      sink.accept(new Input.Bad(new Issue(name, 0, -1, "no text")));
      return;
    }
    LocalDate date = published != null ? published : dateline(text);
    List<Page.Post> posts = TextPostSplitter.split(text);
    int n = 0;
    for (Page.Post post : posts) {
      n++;
      sink.accept(new Input.Read(new Article(id + "#post-" + n, null, null,
          post.published() != null ? post.published() : date, post.text()), name + "#post-" + n));
    }
    if (posts.isEmpty()) {
      sink.accept(new Input.Read(new Article(id, null, null, date, text), name));
    }
  }

  /** The 1-based line of byte {@code at}. */
  private static long lineOf(byte[] bytes, int at) {
    long line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int lineStart(byte[] bytes, int at) {
    int i = at;
    while (i > 0 && bytes[i - 1] != '\n') {
      i--;
    }
    return i;
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
