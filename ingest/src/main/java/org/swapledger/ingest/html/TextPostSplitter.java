package org.swapledger.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.ingest.internal.Dates;

/**
 * Splits the text of a live blog saved as text into posts, using the layout DW and similar sites leave behind:
 * a line "Skip next section TITLE", then a date line, then the title again, then the post.
 */
public final class TextPostSplitter {
  private static final Pattern MARKER = Pattern.compile("(?m)^[ \\t]*Skip next section[ \\t]+(\\S.*?)[ \\t]*$");

  private TextPostSplitter() {}

  /** The posts of {@code text}, or an empty list when it does not have the layout (fewer than two markers). */
  public static List<Page.Post> split(String text) {
    if (!text.contains("Skip next section")) {
      return List.of();
    }
    Matcher m = MARKER.matcher(text);
    List<int[]> marks = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    while (m.find()) {
      marks.add(new int[] {m.start(), m.end()});
      titles.add(m.group(1));
    }
    if (marks.size() < 2) {
      return List.of();
    }
    List<Page.Post> posts = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
      String title = titles.get(i);
      String[] lines = text.substring(marks.get(i)[1], end).split("\n", -1);
      int k = 0;
      LocalDate date = null;
      k = skipBlank(lines, k);
      if (k < lines.length) {
        Optional<LocalDate> d = Dates.ofLine(lines[k]);
        if (d.isPresent()) {
          date = d.get();
          k = skipBlank(lines, k + 1);
        }
      }
      if (k < lines.length && lines[k].strip().equals(title)) {
        k++;
      }
      Page.@Nullable Post post = HtmlExtractor.post(title, date, String.join("\n", List.of(lines).subList(k,
          lines.length)));
      if (post != null) {
        posts.add(post);
      }
    }
    return posts.size() >= 2 ? posts : List.of();
  }

  private static int skipBlank(String[] lines, int k) {
    while (k < lines.length && lines[k].isBlank()) {
      k++;
    }
    return k;
  }
}
