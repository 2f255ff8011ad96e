package org.swapledger.app;

import java.util.List;
import org.swapledger.ledger.LedgerBuilder;
import org.swapledger.ledger.SourceAuthority;
import org.swapledger.model.Check;
import org.swapledger.model.CumulativeClaim;
import org.swapledger.model.LedgerView;
import org.swapledger.model.StoredReport;
import org.swapledger.store.LedgerRepository;
import org.swapledger.store.StateRepository;
import org.swapledger.store.Store;

/** Recomputes events, reconciliation and checks from the stored claims, in one transaction. */
public final class RebuildUseCase {
  private final LedgerBuilder builder;
  private final LedgerRepository ledger = new LedgerRepository();
  private final StateRepository state = new StateRepository();

  public RebuildUseCase(SourceAuthority authority) {
    this.builder = new LedgerBuilder(authority);
  }

  /** Counts of the rebuilt ledger. */
  public record Summary(int reports, int events, int checks, int flagged) {}

  public Summary run(Store store) {
    return store.inTransaction(c -> {
      List<StoredReport> reports = ledger.currentReports(c);
      List<CumulativeClaim> totals = ledger.currentTotals(c);
      LedgerView view = builder.build(reports, totals);
      ledger.replace(c, view, LedgerBuilder.VERSION);
      state.remove(c, StateRepository.LEDGER_STALE);
      int flagged = (int) view.checks().stream().filter(k -> k.outcome() == Check.Outcome.FLAG).count();
      return new Summary(reports.size(), view.events().size(), view.checks().size(), flagged);
    });
  }
}
