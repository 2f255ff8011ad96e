package org.swapledger.app;

import java.util.List;
import java.util.Optional;
import org.swapledger.model.Issue;
import org.swapledger.store.IssueRepository;
import org.swapledger.store.QueryRepository;
import org.swapledger.store.QueryRepository.CheckRow;
import org.swapledger.store.QueryRepository.ClaimRow;
import org.swapledger.store.QueryRepository.EventRow;
import org.swapledger.store.QueryRepository.PairRow;
import org.swapledger.store.Store;

/** Reads the ledger for listing, showing and exporting. */
public final class LedgerQuery {
  private final QueryRepository query = new QueryRepository();
  private final IssueRepository issues = new IssueRepository();
  private final Store store;

  public LedgerQuery(Store store) {
    this.store = store;
  }

  /** One event with every claim and how the claims relate. */
  public record EventDetail(EventRow event, List<ClaimRow> claims, List<PairRow> pairs) {}

  public List<EventRow> events() {
    return store.read(query::events);
  }

  /** The event with this id or on this date ("2024-01-03"). */
  public Optional<EventDetail> findEvent(String idOrDate) {
    return store.read(c -> {
      Optional<EventRow> e = query.findEvent(c, idOrDate);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      long id = e.get().id();
      return Optional.of(new EventDetail(e.get(), query.eventClaims(c, id), query.eventPairs(c, id)));
    });
  }

  public List<CheckRow> checks() {
    return store.read(query::checks);
  }

  public List<ClaimRow> claims() {
    return store.read(query::allClaims);
  }

  public List<Issue> issues() {
    return store.read(issues::all);
  }
}
