package org.swapledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the exchange page says of a best figure made of several claims. */
class EventModelTest {
  private static ApiJson.Claim claim(long id, String direction, long count, boolean best, boolean additional) {
    return new ApiJson.Claim(id, 1L, "2025-04-19", direction, ApiJson.figure(count, "exact"), count, count, null,
        "media", 1, best, false, additional, new ApiJson.ArticleRef(1, "a", null, null, null, "/articles/1"),
        new ApiJson.Evidence("...", 0, 3), "/articles/1#claim-" + id);
  }

  private static Pages.EventModel model(List<ApiJson.Claim> claims) {
    ApiJson.Event e = new ApiJson.Event(1, "2025-04-19", null, ApiJson.figure(277L, "exact"),
        ApiJson.figure(246L, "exact"), null, List.of(), null, null, 1, 1, List.of(), List.of(), "/api/events/1",
        "/events/1");
    return new Pages.EventModel(new ApiJson.EventWithClaims(e, claims, List.of(), List.of()));
  }

  @Test
  void a_best_figure_made_of_the_swap_and_a_further_group_shows_its_sum() {
    Pages.EventModel m = model(List.of(claim(1, "returned_to_ukraine", 246, true, false),
        claim(2, "returned_to_ukraine", 31, true, true), claim(3, "returned_to_ukraine", 200, false, false),
        claim(4, "returned_to_russia", 246, true, false)));

    assertThat(m.sum("returned_to_ukraine")).isEqualTo("246 + 31");
    assertThat(m.sum("returned_to_russia")).isNull();
  }
}
