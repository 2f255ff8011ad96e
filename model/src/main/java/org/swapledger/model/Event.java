package org.swapledger.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One exchange, assembled from the reports of many articles.
 *
 * @param id the ledger's number for the event, in date order from 1
 * @param date the day of the exchange (or only its month, for exchanges known only from mentions in passing)
 * @param ordinal Ukraine's running number of the exchange, when some report states it
 * @param stageOf the id of the first event of the operation this event is a later stage of, or null
 * @param reportIds the reports the event is built from
 * @param sides reconciliation per direction, for every direction with at least one claim
 * @param flags short notes on what needs a look ("ordinal conflict 49/50")
 */
public record Event(long id, PartialDate date, @Nullable Integer ordinal, List<String> mediators,
    @Nullable String location, @Nullable Long stageOf, List<Long> reportIds, Map<Direction, Reconciliation> sides,
    List<String> flags) {
  public Event {
    Objects.requireNonNull(date, "date");
    mediators = List.copyOf(mediators);
    reportIds = List.copyOf(reportIds);
    sides = Map.copyOf(sides);
    flags = List.copyOf(flags);
  }

  /** The best figure for a direction, if there is one. */
  public java.util.Optional<Reconciliation.Best> findBest(Direction d) {
    Reconciliation r = sides.get(d);
    return r == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(r.best());
  }
}
