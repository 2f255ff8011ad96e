package org.swapledger.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The schema.org objects of a page's JSON-LD blocks; a block that is not JSON is ignored, as browsers do. */
final class JsonLd {
  static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
      "AnalysisNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "WebPage");
  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).enable(JsonParser.Feature.ALLOW_COMMENTS).build();

  private JsonLd() {}

  /** Every object at the top of the given JSON-LD script blocks, in arrays and in {@code @graph}, in page order. */
  static List<JsonNode> objects(List<Element> scripts) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : scripts) {
      try {
        collect(JSON.readTree(script.data()), out, 0);
      } catch (IOException e) {
        // A broken JSON-LD block costs us its metadata only; the page text is still read.
      }
    }
    return out;
  }

  private static void collect(@Nullable JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(e -> collect(e, out, depth + 1));
    } else if (n.isObject()) {
      out.add(n);
      collect(n.get("@graph"), out, depth + 1);
    }
  }

  static boolean hasType(JsonNode n, String type) {
    JsonNode t = n.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode e : t) {
        if (type.equals(e.asText())) {
          return true;
        }
      }
      return false;
    }
    return type.equals(t.asText());
  }

  static boolean isArticle(JsonNode n) {
    for (String t : ARTICLE_TYPES) {
      if (hasType(n, t)) {
        return true;
      }
    }
    return false;
  }

  /** A text value, or the {@code name} of an object, or the first of an array. */
  static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    for (int i = 0; i < 3 && v != null && !v.isValueNode(); i++) {
      v = v.isArray() ? (v.isEmpty() ? null : v.get(0)) : v.has("name") ? v.get("name") : v.get("@id");
    }
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
