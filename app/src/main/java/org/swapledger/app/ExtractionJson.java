package org.swapledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.Direction;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;
import org.swapledger.model.Span;

/** Writes an article's extraction in the JSON of the extraction contract (one object per article). */
public final class ExtractionJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionJson() {}

  public static ObjectNode toJson(ArticleExtraction x) {
    String text = x.article().text();
    ObjectNode o = JSON.createObjectNode();
    o.put("id", x.article().id());
    o.put("url", x.article().url());
    o.put("outlet", x.article().outlet());
    o.put("language", x.language());
    o.put("published", x.article().published() == null ? null : x.article().published().toString());
    ArrayNode exchanges = o.putArray("exchanges");
    for (ExchangeReport r : x.exchanges()) {
      ObjectNode e = exchanges.addObject();
      e.put("date", r.date() == null ? null : r.date().toString());
      for (Direction d : Direction.values()) {
        ArrayNode figs = e.putArray(d.field());
        for (Figure f : r.figures(d)) {
          ObjectNode fo = figs.addObject();
          fo.put("count", f.count());
          fo.put("qualifier", f.qualifier().code());
          fo.put("source", f.source());
          fo.set("evidence", evidence(text, f.evidence()));
          fo.set("number", evidence(text, f.number()));
          if (f.additional()) {
            fo.put("additional", true); // a further group on top of the main figure
          }
        }
      }
      ArrayNode med = e.putArray("mediators");
      r.mediators().forEach(med::add);
      if (r.ordinal() == null) {
        e.putNull("ordinal");
      } else {
        e.put("ordinal", r.ordinal());
      }
      e.put("location", r.location());
      e.put("in_passing", r.inPassing());
    }
    ArrayNode cum = o.putArray("cumulative");
    for (CumulativeReport c : x.cumulative()) {
      ObjectNode co = cum.addObject();
      co.put("side", c.side().code());
      co.put("count", c.count());
      co.put("qualifier", c.qualifier().code());
      co.put("as_of", c.asOf() == null ? null : c.asOf().toString());
      co.put("source", c.source());
      co.set("evidence", evidence(text, c.evidence()));
    }
    return o;
  }

  private static ObjectNode evidence(String text, Span span) {
    ObjectNode ev = JSON.createObjectNode();
    ev.put("start", span.start());
    ev.put("end", span.end());
    ev.put("text", span.of(text));
    return ev;
  }

  public static String line(ArticleExtraction x) {
    return toJson(x).toString();
  }

  /** Column view for a terminal: one row per figure. */
  public static List<String[]> rows(ArticleExtraction x) {
    List<String[]> rows = new java.util.ArrayList<>();
    String text = x.article().text();
    for (ExchangeReport r : x.exchanges()) {
      if (r.figures().isEmpty()) {
        rows.add(new String[] {x.article().id(), String.valueOf(r.date()), "-", "", "", "",
            r.ordinal() == null ? "" : "ordinal " + r.ordinal()});
      }
      for (Figure f : r.figures()) {
        rows.add(new String[] {x.article().id(), String.valueOf(r.date()), f.direction().field(),
            String.valueOf(f.count()), f.qualifier().code(), f.source() == null ? "(outlet)" : f.source(),
            snippet(text, f)});
      }
    }
    return rows;
  }

  private static String snippet(String text, Figure f) {
    int from = Math.max(f.evidence().start(), f.number().start() - 40);
    int to = Math.min(f.evidence().end(), f.number().end() + 40);
    String s = text.substring(from, to).replaceAll("\\s+", " ");
    return (from > f.evidence().start() ? "…" : "") + s + (to < f.evidence().end() ? "…" : "");
  }
}
