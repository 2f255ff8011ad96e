import java.util.Random;

/** Generates news-like HTML pages (navigation, ads, related links, scripts, footer around the article), seeded. */
final class Pages {
  private static final String[] WORDS = ("the of and to in a said on that for was with as by it at from his an were "
      + "are which this be has had have not but after been they officials ministry exchange prisoners war soldiers "
      + "talks city region government president statement people defense border home returned released sides "
      + "country military forces week weeks day monday tuesday wednesday thursday friday hundreds two three")
      .split(" ");

  private Pages() {}

  static String page(Random rnd, int n) {
    StringBuilder sb = new StringBuilder(120_000);
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story ").append(n)
        .append(" | Example News</title><meta property=\"og:title\" content=\"Story ").append(n)
        .append("\"><meta property=\"og:site_name\" content=\"Example News\">")
        .append("<meta property=\"article:published_time\" content=\"2024-01-03T10:00:00Z\">")
        .append("<link rel=\"canonical\" href=\"https://news.example/world/story-").append(n).append("\">")
        .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Story ").append(n)
        .append("\",\"datePublished\":\"2024-01-03T10:00:00Z\",\"author\":{\"name\":\"A. Writer\"}}</script>")
        .append("<style>body{font-family:sans-serif}.ad{display:block}</style>");
    for (int i = 0; i < 5; i++) {
      sb.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
          .append("var cfg={a:").append(rnd.nextInt()).append(",b:'").append("x".repeat(200)).append("'};</script>");
    }
    sb.append("</head><body><header class=\"site-header\"><nav class=\"main-nav\"><ul>");
    for (int i = 0; i < 40; i++) {
      sb.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
    }
    sb.append("</ul></nav></header><main><article><h1>Story ").append(n).append("</h1>")
        .append("<div class=\"byline\">By A. Writer</div><time datetime=\"2024-01-03T10:00:00Z\">3 January 2024</time>");
    int paragraphs = 8 + rnd.nextInt(30);
    for (int p = 0; p < paragraphs; p++) {
      if (p % 6 == 3) {
        sb.append("<div class=\"ad ad-inline\"><iframe src=\"https://ads.example/x\"></iframe>Advertisement</div>");
      }
      if (p % 9 == 5) {
        sb.append("<h2>").append(sentence(rnd, 6)).append("</h2>");
      }
      sb.append("<p>");
      int sentences = 2 + rnd.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        sb.append(sentence(rnd, 12 + rnd.nextInt(20))).append(' ');
        if (rnd.nextInt(5) == 0) {
          sb.append("<a href=\"/story/").append(rnd.nextInt(1000)).append("\">").append(sentence(rnd, 3))
              .append("</a> ");
        }
      }
      sb.append("</p>");
    }
    sb.append("<figure><img src=\"a.jpg\"><figcaption>").append(sentence(rnd, 10)).append("</figcaption></figure>");
    sb.append("</article><aside class=\"related\"><h3>Related</h3><ul>");
    for (int i = 0; i < 12; i++) {
      sb.append("<li><a href=\"/r/").append(i).append("\">").append(sentence(rnd, 8)).append("</a></li>");
    }
    sb.append("</ul></aside></main><footer class=\"site-footer\"><ul>");
    for (int i = 0; i < 30; i++) {
      sb.append("<li><a href=\"/f/").append(i).append("\">Footer link ").append(i).append("</a></li>");
    }
    sb.append("</ul><p>Copyright Example News.</p></footer><script src=\"/app.js\"></script></body></html>");
    return sb.toString();
  }

  private static String sentence(Random rnd, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = WORDS[rnd.nextInt(WORDS.length)];
      sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < words ? " " : ".");
    }
    return sb.toString();
  }
}
