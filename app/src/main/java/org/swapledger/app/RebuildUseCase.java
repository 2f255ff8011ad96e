package org.swapledger.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swapledger.ledger.LedgerBuilder;
import org.swapledger.ledger.SourceAuthority;
import org.swapledger.model.Check;
import org.swapledger.model.CumulativeClaim;
import org.swapledger.model.Event;
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

  /**
   * Rebuilds window by window (whole months no event crosses), so memory holds one window's reports and, for
   * the checks, only the best figures of every event.
   */
  public Summary run(Store store) {
    return store.inTransaction(c -> {
      ledger.clear(c);
      LedgerBuilder.Session session = builder.session();
      List<String[]> windows = ledger.windows(c);
      Map<Integer, List<StoredReport>> undated = undatedByWindow(c, windows);
      int reports = 0;
      int events = 0;
      for (int i = 0; i < windows.size(); i++) {
        List<StoredReport> rs = new ArrayList<>(ledger.currentReports(c, windows.get(i)[0], windows.get(i)[1]));
        rs.addAll(undated.getOrDefault(i, List.of()));
        reports += rs.size();
        List<Event> added = session.add(rs);
        events += added.size();
        ledger.addEvents(c, added, LedgerBuilder.VERSION);
      }
      List<CumulativeClaim> totals = ledger.currentTotals(c);
      List<Check> checks = session.finish(totals);
      ledger.addChecks(c, checks, LedgerBuilder.VERSION);
      state.remove(c, StateRepository.LEDGER_STALE);
      int flagged = (int) checks.stream().filter(k -> k.outcome() == Check.Outcome.FLAG).count();
      return new Summary(reports, events, checks.size(), flagged);
    });
  }

  /** Undated reports with an ordinal go to the window of the day most reports of that ordinal give. */
  private Map<Integer, List<StoredReport>> undatedByWindow(Connection c, List<String[]> windows)
      throws SQLException {
    Map<Integer, String> days = ledger.ordinalDays(c);
    Map<Integer, List<StoredReport>> out = new HashMap<>();
    for (StoredReport r : ledger.currentUndatedWithOrdinal(c)) {
      String day = days.get(r.report().ordinal());
      if (day == null) {
        continue;
      }
      for (int i = 0; i < windows.size(); i++) {
        if (day.compareTo(windows.get(i)[0]) >= 0 && day.compareTo(windows.get(i)[1]) < 0) {
          out.computeIfAbsent(i, k -> new ArrayList<>()).add(r);
          break;
        }
      }
    }
    return out;
  }
}
