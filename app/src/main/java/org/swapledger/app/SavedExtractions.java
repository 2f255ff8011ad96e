package org.swapledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Article;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.Direction;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;
import org.swapledger.model.PartialDate;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Side;
import org.swapledger.model.Span;

/**
 * Extractions read from a JSONL file in the extraction contract (a saved {@code swapledger extract} run, or
 * hand-made annotations), keyed by article id: lets the ledger be built and measured apart from the pipeline.
 * Articles the file does not list get an empty extraction; spans outside the text are dropped to empty ones.
 */
public final class SavedExtractions implements Function<Article, ArticleExtraction> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, JsonNode> byId;
  private final String version;

  private SavedExtractions(Map<String, JsonNode> byId, String version) {
    this.byId = byId;
    this.version = version;
  }

  public static SavedExtractions read(Path file) {
    Map<String, JsonNode> byId = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        if (!node.hasNonNull("id")) {
          throw new IllegalArgumentException(file + ":" + n + ": extraction has no \"id\"");
        }
        byId.put(node.get("id").asText(), node);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read extractions " + file + ": " + e.getMessage(), e);
    }
    return new SavedExtractions(byId, "saved:" + file.getFileName());
  }

  /** The version stored with rows made from these extractions. */
  public String version() {
    return version;
  }

  @Override
  public ArticleExtraction apply(Article article) {
    JsonNode x = byId.get(article.id());
    if (x == null) {
      return new ArticleExtraction(article, "und", List.of(), List.of());
    }
    int len = article.text().length();
    List<ExchangeReport> exchanges = new ArrayList<>();
    for (JsonNode e : x.path("exchanges")) {
      List<Figure> figures = new ArrayList<>();
      for (Direction d : Direction.values()) {
        for (JsonNode f : e.path(d.field())) {
          if (!f.hasNonNull("count")) {
            continue;
          }
          Span ev = span(f.get("evidence"), len);
          Span num = span(f.get("number"), len);
          figures.add(new Figure(d, f.get("count").asLong(), qualifier(f), text(f, "source"), ev,
              ev.contains(num) ? num : ev, f.path("additional").asBoolean(false)));
        }
      }
      List<String> mediators = new ArrayList<>();
      e.path("mediators").forEach(m -> mediators.add(m.asText()));
      String date = text(e, "date");
      Integer ordinal = e.hasNonNull("ordinal") && e.get("ordinal").asInt() > 0 ? e.get("ordinal").asInt() : null;
      PartialDate pd = date == null ? null : PartialDate.parse(date);
      exchanges.add(new ExchangeReport(pd, figures, mediators, ordinal, null, text(e, "location"),
          e.path("in_passing").asBoolean(false)));
    }
    List<CumulativeReport> totals = new ArrayList<>();
    for (JsonNode c : x.path("cumulative")) {
      String side = text(c, "side");
      if (side == null || !c.hasNonNull("count")) {
        continue;
      }
      Span ev = span(c.get("evidence"), len);
      String asOf = text(c, "as_of");
      totals.add(new CumulativeReport(side.equals("russia") ? Side.RUSSIA : Side.UKRAINE, c.get("count").asLong(),
          qualifier(c), asOf == null ? null : PartialDate.parse(asOf), text(c, "source"), ev, ev));
    }
    String language = x.hasNonNull("language") ? x.get("language").asText() : "und";
    return new ArticleExtraction(article, language, exchanges, totals);
  }

  private static Qualifier qualifier(JsonNode n) {
    String q = text(n, "qualifier");
    return q == null ? Qualifier.EXACT : Qualifier.fromCode(q);
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Span span(@Nullable JsonNode n, int len) {
    if (n == null || !n.hasNonNull("start") || !n.hasNonNull("end")) {
      return new Span(0, 0);
    }
    int s = n.get("start").asInt();
    int e = n.get("end").asInt();
    return s >= 0 && s <= e && e <= len ? new Span(s, e) : new Span(0, 0);
  }
}
