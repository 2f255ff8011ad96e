package org.swapledger.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;
import org.swapledger.ingest.internal.Dates;
import org.swapledger.model.Span;

/**
 * Extracts the main text and metadata of an HTML page: drops navigation, ads, related links and footers; keeps
 * paragraphs and headings (and puts the title first when the main text has no {@code <h1>}); splits live blogs into posts (JSON-LD liveBlogUpdate, {@code <article>} blocks, or the
 * "Skip next section" text layout). Thread-safe and stateless.
 */
public final class HtmlExtractor {
  /** Elements that never hold article text. */
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "figure", "figcaption",
      "picture", "video", "audio", "object", "embed", "dialog", "menu");
  private static final Set<String> NEVER_TEXT_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "search", "dialog", "alert");
  /** Class or id tokens (split at spaces, '-' and '_') of boilerplate containers; whole tokens, so "ad" is not "head". */
  private static final Set<String> BOILERPLATE = Set.of("nav", "navbar", "navigation", "menu", "footer", "sidebar",
      "related", "share", "sharing", "social", "socials", "ad", "ads", "advert", "advertisement", "adslot", "banner",
      "promo", "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "comment", "comments",
      "breadcrumb", "breadcrumbs", "recommended", "recommendations", "outbrain", "taboola", "popup", "modal",
      "paywall", "teasers", "tags", "skip");
  // Selectors parsed once: jsoup parses a selector string on every call, which costs as much as the query.
  private static final Evaluator HEADING = QueryParser.parse("h1,h2,h3,h4,h5,h6");
  private static final Evaluator TIME = QueryParser.parse("time");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  /** Posts shorter than this (title included) are stubs ("Live updates paused"), not posts. */
  static final int MIN_POST_CHARS = 80;

  /** How to decode a page: a known charset and how we know it, or a declared charset this JVM does not know. */
  public sealed interface Decoding {
    record Known(Charset charset, String how) implements Decoding {}

    record Unknown(String name, String where) implements Decoding {}
  }

  /** The charset of a page from the HTTP Content-Type (may be null), a byte-order mark, {@code <meta>}, or a guess. */
  public Decoding decoding(byte[] page, @Nullable String contentType) {
    return CharsetDetector.detect(page, contentType);
  }

  /** Extraction of a decoded page; {@code url} (may be null) resolves relative links and supplies a date. */
  public Page extract(String html, @Nullable String url) {
    Parser parser = Parser.htmlParser();
    Document doc = Jsoup.parse(html, url == null ? "" : url, parser);
    Landmarks marks = Landmarks.of(doc);
    List<JsonNode> jsonLd = JsonLd.objects(marks.jsonLd);
    Page.Metadata meta = metadata(doc, marks, jsonLd, url);
    List<Page.Post> jsonPosts = jsonLdPosts(jsonLd);
    marks.boilerplate.forEach(Element::remove);
    Element root = marks.root(doc);
    List<Page.Post> posts = jsonPosts.size() >= 2 ? jsonPosts
        : marks.articles.size() >= 2 ? articlePosts(root) : List.of();
    TextBuilder body = TextBuilder.of(root);
    String text = body.text();
    List<Span> blocks = body.blocks();
    if (posts.isEmpty()) {
      posts = TextPostSplitter.split(text);
    }
    String title = meta.title();
    if (title != null && !text.isEmpty() && !body.hasH1()
        && !text.substring(0, Math.min(text.length(), 1000)).contains(title)) {
      int shift = title.length() + 2;
      List<Span> shifted = new ArrayList<>();
      shifted.add(new Span(0, title.length()));
      blocks.forEach(b -> shifted.add(new Span(b.start() + shift, b.end() + shift)));
      text = title + "\n\n" + text;
      blocks = shifted;
    }
    boolean live = meta.liveBlog() || !posts.isEmpty();
    return new Page(new Page.Metadata(title, meta.url(), meta.outlet(), meta.author(), meta.published(), live),
        text, blocks, posts);
  }

  /**
   * What one pass over the parsed page finds: the elements metadata and the choice of the main text need, and the
   * boilerplate to remove. One pass, because each jsoup query walks the whole tree again.
   */
  private static final class Landmarks {
    final List<Element> boilerplate = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> articles = new ArrayList<>();
    @Nullable Element h1;
    @Nullable Element canonical;
    @Nullable Element datePublished;
    @Nullable Element time;
    @Nullable Element articleBody;
    @Nullable Element main;

    static Landmarks of(Document doc) {
      Landmarks m = new Landmarks();
      for (Element e : doc.getAllElements()) {
        String tag = e.normalName();
        switch (tag) {
          case "h1" -> m.h1 = m.h1 == null ? e : m.h1;
          case "link" -> m.canonical = m.canonical == null && e.attr("rel").equalsIgnoreCase("canonical") ? e
              : m.canonical;
          case "time" -> m.time = m.time == null && e.hasAttr("datetime") ? e : m.time;
          case "main" -> m.main = m.main == null ? e : m.main;
          case "article" -> m.articles.add(e);
          case "script" -> {
            if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
              m.jsonLd.add(e);
            }
          }
          default -> { }
        }
        if (e.attributesSize() > 0) {
          String itemprop = e.attr("itemprop");
          if (m.datePublished == null && itemprop.equals("datePublished")) {
            m.datePublished = e;
          } else if (m.articleBody == null && itemprop.equals("articleBody")) {
            m.articleBody = e;
          } else if (m.main == null && e.attr("role").equals("main")) {
            m.main = e;
          }
        }
        if (isBoilerplate(e)) {
          m.boilerplate.add(e);
        }
      }
      return m;
    }

    /** The element holding the main text: articleBody, main, the only article, else the body. */
    Element root(Document doc) {
      for (Element e : new Element[] {articleBody, main, articles.size() == 1 ? articles.getFirst() : null}) {
        if (e != null && e.ownerDocument() == doc) {
          return e;
        }
      }
      return doc.body();
    }
  }

  /** The text of an HTML fragment (a feed item's description): blocks separated by blank lines. */
  public String fragmentText(String html) {
    return TextBuilder.of(Jsoup.parseBodyFragment(html).body()).text();
  }

  /** The first parse error of a page, as "line:column: message", for issues about pages with no text. */
  public Optional<String> firstParseError(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(1);
    Jsoup.parse(html, "", parser);
    ParseErrorList errors = parser.getErrors();
    return errors.isEmpty() ? Optional.empty() : Optional.of(errors.getFirst().toString());
  }

  private static Page.Metadata metadata(Document doc, Landmarks marks, List<JsonNode> jsonLd, @Nullable String url) {
    Map<String, String> metas = metas(doc);
    java.util.function.Function<String, @Nullable String> meta = k -> metas.get(k.toLowerCase(Locale.ROOT));
    JsonNode article = null;
    boolean live = false;
    for (JsonNode n : jsonLd) {
      if (JsonLd.hasType(n, "LiveBlogPosting")) {
        live = true;
        article = n;
        break;
      }
      if (article == null && JsonLd.isArticle(n) && !JsonLd.hasType(n, "WebPage")) {
        article = n;
      }
    }
    String title = first(meta.apply("og:title"), article == null ? null : JsonLd.text(article, "headline"),
        meta.apply("twitter:title"), doc.title(), text(marks.h1));
    String canonical = first(attr(marks.canonical, "abs:href"), meta.apply("og:url"),
        article == null ? null : JsonLd.text(article, "url"), url);
    String outlet = first(meta.apply("og:site_name"), article == null ? null : JsonLd.text(article, "publisher"),
        meta.apply("application-name"));
    String author = first(meta.apply("author"), meta.apply("article:author"),
        article == null ? null : JsonLd.text(article, "author"), meta.apply("byl"));
    LocalDate published = date(meta.apply("article:published_time"), meta.apply("og:published_time"),
        article == null ? null : JsonLd.text(article, "datePublished"), meta.apply("datePublished"),
        attr(marks.datePublished, "content"),
        attr(marks.datePublished, "datetime"), meta.apply("pubdate"),
        meta.apply("publishdate"), meta.apply("date"), meta.apply("dc.date"), meta.apply("DC.date.issued"),
        meta.apply("sailthru.date"), attr(marks.time, "datetime"));
    if (published == null) {
      for (String u : new String[] {canonical, url}) {
        if (u != null && published == null) {
          published = Dates.inUrl(u).orElse(null);
        }
      }
    }
    return new Page.Metadata(title, canonical, outlet, author, published, live);
  }

  private static List<Page.Post> jsonLdPosts(List<JsonNode> jsonLd) {
    List<Page.Post> posts = new ArrayList<>();
    for (JsonNode n : jsonLd) {
      JsonNode updates = JsonLd.hasType(n, "LiveBlogPosting") ? n.get("liveBlogUpdate") : null;
      if (updates == null) {
        continue;
      }
      for (JsonNode u : updates.isArray() ? updates : List.of(updates)) {
        String body = JsonLd.text(u, "articleBody");
        if (body == null) {
          continue;
        }
        if (body.indexOf('<') >= 0) {
          body = TextBuilder.of(Jsoup.parseBodyFragment(body).body()).text();
        }
        String title = first(JsonLd.text(u, "headline"), JsonLd.text(u, "name"));
        LocalDate date = date(JsonLd.text(u, "datePublished"), JsonLd.text(u, "dateCreated"),
            JsonLd.text(u, "dateModified"));
        Page.Post post = post(title == null ? "" : title, date, body);
        if (post != null) {
          posts.add(post);
        }
      }
    }
    return posts;
  }

  /** Posts from sibling {@code <article>} blocks that each carry a {@code <time>}: the shape of most live blogs. */
  private static List<Page.Post> articlePosts(Element root) {
    Elements articles = root.getElementsByTag("article");
    if (articles.size() < 2) {
      return List.of();
    }
    Elements blocks = new Elements();
    for (Element a : articles) {
      if (a.selectFirst(TIME) != null) {
        blocks.add(a);
      }
    }
    List<Element> outer = new ArrayList<>();
    for (Element b : blocks) {
      if (b != root && b.parents().stream().noneMatch(p -> p.normalName().equals("article") && p != root
          && blocks.contains(p))) {
        outer.add(b);
      }
    }
    if (outer.size() < 2) {
      return List.of();
    }
    List<Page.Post> posts = new ArrayList<>();
    for (Element b : outer) {
      Element time = b.selectFirst(TIME);
      LocalDate date = time == null ? null : date(time.attr("datetime"), time.text());
      Element h = b.selectFirst(HEADING);
      String title = h == null ? "" : h.text();
      Element copy = b.clone();
      copy.select(TIME).remove();
      copy.select(HEADING).stream().filter(e -> e.text().equals(title)).findFirst()
          .ifPresent(Element::remove);
      Page.Post post = post(title, date, TextBuilder.of(copy).text());
      if (post != null) {
        posts.add(post);
      }
    }
    return posts.size() >= 2 ? posts : List.of();
  }

  static Page.@Nullable Post post(String title, @Nullable LocalDate date, String body) {
    String t = title.strip();
    String b = body.strip();
    String text = t.isEmpty() ? b : b.isEmpty() ? t : t + "\n\n" + b;
    return text.length() < MIN_POST_CHARS ? null : new Page.Post(t, date, text);
  }

  private static boolean isBoilerplate(Element e) {
    String tag = e.normalName();
    if (NEVER_TEXT.contains(tag)) {
      return true;
    }
    if (tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")) {
      return false;
    }
    if (e.attributesSize() == 0) {
      return tag.equals("header") && e.closest("article") == null;
    }
    if (tag.equals("header") && e.closest("article") == null) {
      return true;
    }
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || NEVER_TEXT_ROLES.contains(e.attr("role"))) {
      return true;
    }
    String style = e.attr("style");
    return hasBoilerplateToken(e.className()) || hasBoilerplateToken(e.id())
        || (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find());
  }

  private static boolean hasBoilerplateToken(String s) {
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (c == ' ' || c == '-' || c == '_' || c == '\t') {
        if (i > start && BOILERPLATE.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /** The {@code <meta>} contents of the head by lower-case property, name or itemprop; the first value wins. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.head().getElementsByTag("meta")) {
      String c = m.attr("content").strip();
      if (c.isEmpty()) {
        continue;
      }
      for (String k : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop")}) {
        if (!k.isEmpty()) {
          out.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
        }
      }
    }
    return out;
  }

  private static @Nullable String attr(@Nullable Element e, String key) {
    if (e == null) {
      return null;
    }
    String v = e.attr(key).strip();
    return v.isEmpty() ? null : v;
  }

  private static @Nullable String text(@Nullable Element e) {
    return e == null ? null : e.text();
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static @Nullable LocalDate date(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        Optional<LocalDate> d = Dates.find(v);
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    return null;
  }
}
