package org.swapledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Short articles in our own words about the 49th and 50th exchanges (3 and 31 January 2024). */
final class TestArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String JAN3_A = line("jan3-a", "https://example.org/a/1", "Example Times", "2024-01-03", """
      Hundreds of prisoners return in largest swap of the war

      Ukraine's ombudsman Dmytro Lubinets said 230 Ukrainians came home from Russian captivity on Wednesday \
      in the 49th exchange. The swap was brokered by the United Arab Emirates.

      Russia's defence ministry said 248 Russian servicemen had been returned.""");
  static final String JAN3_B = line("jan3-b", "https://example.org/b/2", "Sample Post", "2024-01-04", """
      Prisoner swap

      President Volodymyr Zelensky said on Wednesday that more than 200 Ukrainians had been freed. \
      Families waited at the border for hours.""");
  static final String JAN31_A = line("jan31-a", "https://example.org/a/3", "Example Times", "2024-01-31", """
      Swap goes ahead despite plane crash

      Ukraine brought home 207 prisoners of war today in the 50th exchange, Zelensky said. The United Arab \
      Emirates mediated the handover.

      The Russian Ministry of Defence said 195 Russian soldiers were returned in exchange for 195 Ukrainians.""");
  static final String JAN31_B = line("jan31-b", "https://example.org/c/4", "Wire Daily", "2024-01-31", """
      Ukraine and Russia swap prisoners

      Ukraine said 207 of its soldiers returned home on Wednesday.""");
  static final String JAN31_B_CORRECTED = line("jan31-b", "https://example.org/c/4", "Wire Daily", "2024-01-31", """
      Ukraine and Russia swap prisoners (corrected)

      Ukraine said 207 of its soldiers returned home on Wednesday; an earlier version of this story gave \
      a wrong date.""");

  private TestArticles() {}

  static String line(String id, String url, String outlet, String published, String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("url", url);
    o.put("outlet", outlet);
    o.put("published", published);
    o.put("text", text);
    return o.toString();
  }

  static List<String> all() {
    return List.of(JAN3_A, JAN3_B, JAN31_A, JAN31_B);
  }

  static Path write(Path dir, String name, List<String> lines) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, new ArrayList<>(lines), StandardCharsets.UTF_8);
    return f;
  }
}
