package org.swapledger.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.swapledger.model.Span;

/**
 * Turns a pruned element tree into text: one block per paragraph, heading, list item or other block element,
 * blocks separated by a blank line; drops blocks that are mostly link text (menus, related links) and stock phrases.
 */
final class TextBuilder implements NodeVisitor {
  /** A block whose link text is more than this share of its text is navigation or related links. */
  static final double MAX_LINK_DENSITY = 0.5;
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "header",
      "address", "details", "summary", "hr", "center");
  private static final Pattern STOCK = Pattern.compile("(?i)(advertisement|anzeige|реклама|реклама\\.?|publicité"
      + "|publicidad|pubblicità|skip to (?:content|main (?:content|menu)|navigation).*|read more|read also|see also"
      + "|share|share this|show more|load more|follow us.*|читайте также|читайте також|подробнее|детальніше)[:.…]*");

  private final StringBuilder out = new StringBuilder(8192);
  private final StringBuilder block = new StringBuilder(1024);
  private final List<Span> spans = new ArrayList<>();
  private int linkChars;
  private int inLink;
  private boolean heading;
  private boolean hasH1;

  static TextBuilder of(Element root) {
    TextBuilder b = new TextBuilder();
    NodeTraversor.traverse(b, root);
    b.flush();
    return b;
  }

  String text() {
    return out.toString();
  }

  List<Span> blocks() {
    return spans;
  }

  /** Whether the text has an {@code <h1>} (then it carries its own title). */
  boolean hasH1() {
    return hasH1;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      int before = block.length();
      appendCollapsed(t.getWholeText());
      if (inLink > 0) {
        linkChars += block.length() - before;
      }
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCKS.contains(tag)) {
        flush();
        heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        hasH1 |= tag.equals("h1");
      } else if (tag.equals("br")) {
        trimTrailingSpace();
        if (!block.isEmpty()) {
          block.append('\n');
        }
      } else if (tag.equals("a")) {
        inLink++;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCKS.contains(tag)) {
        flush();
      } else if (tag.equals("a")) {
        inLink--;
      }
    }
  }

  /** Appends {@code s} with each run of white space as one space (none at the start of a block or line). */
  private void appendCollapsed(String s) {
    int n = s.length();
    if (n == 0) {
      return;
    }
    if (isPlain(s)) {
      int len = block.length();
      boolean afterBreak = len == 0 || block.charAt(len - 1) == ' ' || block.charAt(len - 1) == '\n';
      block.append(s, afterBreak && s.charAt(0) == ' ' ? 1 : 0, n);
      return;
    }
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        block.append(s, start, i);
      }
      if (i < n) {
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        int len = block.length();
        if (len > 0 && block.charAt(len - 1) != ' ' && block.charAt(len - 1) != '\n') {
          block.append(' ');
        }
      }
    }
  }

  /**
   * True when {@code s} has no line breaks, tabs, no-break spaces or double spaces and does not start with other
   * white space: the common case, appended as is. Checked with {@code indexOf}, which the JIT vectorizes.
   */
  private static boolean isPlain(String s) {
    char first = s.charAt(0);
    return (first == ' ' || !isSpace(first)) && s.indexOf('\n') < 0 && s.indexOf("  ") < 0 && s.indexOf('\t') < 0
        && s.indexOf('\r') < 0 && s.indexOf('\u00a0') < 0;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || Character.isWhitespace(c);
  }

  private void trimTrailingSpace() {
    while (!block.isEmpty() && block.charAt(block.length() - 1) == ' ') {
      block.setLength(block.length() - 1);
    }
  }

  private void flush() {
    while (!block.isEmpty() && Character.isWhitespace(block.charAt(block.length() - 1))) {
      block.setLength(block.length() - 1);
    }
    int len = block.length();
    if (len > 0 && keep(len)) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      int start = out.length();
      out.append(block);
      spans.add(new Span(start, out.length()));
    }
    block.setLength(0);
    linkChars = 0;
    heading = false;
  }

  private boolean keep(int len) {
    if (!heading && linkChars > len * MAX_LINK_DENSITY) {
      return false;
    }
    return len > 40 || !STOCK.matcher(block).matches();
  }
}
