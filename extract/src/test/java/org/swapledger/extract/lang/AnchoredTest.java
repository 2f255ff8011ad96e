package org.swapledger.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Trying a pattern only at the runs of digits gives what a scan of the whole text gives. */
class AnchoredTest {
  private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\p{N}])");

  @Test
  void digit_runs_start_where_a_digit_follows_a_non_digit() {
    assertThat(Anchored.digitRuns("12 for 3,456 on 2024-01-03")).containsExactly(0, 7, 9, 16, 21, 24);
    assertThat(Anchored.digitRuns("")).isEmpty();
  }

  @Test
  void matches_at_digit_runs_equal_the_matches_of_a_scan_on_random_text() {
    Random random = new Random(11);
    String[] parts = {"1", "23", "456", ",", ".", " ", "a", "x7", "-", "1,000", "12,5"};
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      String text = sb.toString();
      List<String> scanned = new ArrayList<>();
      Matcher m = COUNT.matcher(text);
      while (m.find()) {
        scanned.add(m.start() + "-" + m.end());
      }
      List<String> anchored = Anchored.at(COUNT, text, Anchored.digitRuns(text)).stream()
          .map(r -> r.start() + "-" + r.end()).toList();
      assertThat(anchored).as(text).isEqualTo(scanned);
    }
  }

  @Test
  void matches_within_a_range_see_the_text_around_it() {
    String text = "x12 and 34 and 56";
    List<MatchResult> found = Anchored.at(COUNT, text, Anchored.digitRuns(text), 1, 12);
    assertThat(found).extracting(MatchResult::start).containsExactly(8); // "12" sticks to the letter before it
  }
}
