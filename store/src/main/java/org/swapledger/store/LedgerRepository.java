package org.swapledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Agreement;
import org.swapledger.model.Check;
import org.swapledger.model.Claim;
import org.swapledger.model.CumulativeClaim;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.Direction;
import org.swapledger.model.Event;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;
import org.swapledger.model.LedgerView;
import org.swapledger.model.PartialDate;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Reconciliation;
import org.swapledger.model.Side;
import org.swapledger.model.Span;
import org.swapledger.model.StoredReport;

/** Reads the current (not superseded) reports and totals for the ledger, and replaces the derived ledger tables. */
public final class LedgerRepository {
  /** Every current report with its current claims, in id order. */
  public List<StoredReport> currentReports(Connection c) throws SQLException {
    return reports(c, "", List.of());
  }

  /**
   * The current reports of one window: dated from {@code fromMonth} ("2024-01", month-only mentions included)
   * to before {@code toMonth}.
   */
  public List<StoredReport> currentReports(Connection c, String fromMonth, String toMonth) throws SQLException {
    return reports(c, " AND r.exchange_date >= ? AND r.exchange_date < ?", List.of(fromMonth, toMonth));
  }

  /** The current reports with no date but an ordinal: they join the event with that ordinal. */
  public List<StoredReport> currentUndatedWithOrdinal(Connection c) throws SQLException {
    return reports(c, " AND r.exchange_date IS NULL AND r.ordinal IS NOT NULL", List.of());
  }

  /**
   * Windows of whole months ("2024-01" to before "2024-03") that no event can cross: a window goes on into the
   * next month while the last day of one month and the first of the next both have reports.
   */
  public List<String[]> windows(Connection c) throws SQLException {
    java.util.TreeSet<String> dates = new java.util.TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT exchange_date FROM reports "
        + "WHERE superseded = ? AND exchange_date IS NOT NULL")) {
      ps.setBoolean(1, false);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          dates.add(rs.getString(1));
        }
      }
    }
    java.util.TreeSet<java.time.YearMonth> months = new java.util.TreeSet<>();
    dates.forEach(d -> months.add(java.time.YearMonth.parse(d.substring(0, 7))));
    List<String[]> out = new ArrayList<>();
    java.time.YearMonth start = null;
    for (java.time.YearMonth m : months) {
      if (start == null) {
        start = m;
      }
      java.time.YearMonth next = m.plusMonths(1);
      boolean spans = dates.contains(m.atEndOfMonth().toString()) && dates.contains(next.atDay(1).toString());
      if (!spans) {
        out.add(new String[] {start.toString(), next.toString()});
        start = null;
      }
    }
    if (start != null) {
      out.add(new String[] {start.toString(), months.last().plusMonths(1).toString()});
    }
    return out;
  }

  /** For each ordinal, the day most dated reports stating it give: where an undated report of it belongs. */
  public Map<Integer, String> ordinalDays(Connection c) throws SQLException {
    Map<Integer, String> out = new HashMap<>();
    Map<Integer, Integer> best = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT ordinal, exchange_date, COUNT(*) FROM reports "
        + "WHERE superseded = ? AND ordinal IS NOT NULL AND exchange_date IS NOT NULL "
        + "GROUP BY ordinal, exchange_date ORDER BY ordinal, exchange_date")) {
      ps.setBoolean(1, false);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int o = rs.getInt(1);
          int n = rs.getInt(3);
          if (n > best.getOrDefault(o, 0)) {
            best.put(o, n);
            out.put(o, rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  private List<StoredReport> reports(Connection c, String where, List<String> params) throws SQLException {
    Map<String, String> names = new HashMap<>();
    Map<Long, List<Claim>> claimsByReport = new HashMap<>();
    Map<Long, List<Figure>> figuresByReport = new HashMap<>();
    Map<Long, String> outlets = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.report_id, c.article_id, c.direction, c.head_count, "
        + "c.qualifier, c.source, c.evidence_start, c.evidence_end, c.number_start, c.number_end, c.evidence_key, "
        + "a.outlet, c.additional FROM claims c JOIN articles a ON a.id = c.article_id "
        + "JOIN reports r ON r.id = c.report_id "
        + "WHERE c.superseded = ?" + where + " ORDER BY c.id")) {
      ps.setBoolean(1, false);
      for (int i = 0; i < params.size(); i++) {
        ps.setString(i + 2, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Figure f = new Figure(direction(rs.getString(4)), rs.getLong(5), Qualifier.fromCode(rs.getString(6)),
              intern(names, rs.getString(7)), new Span(rs.getInt(8), rs.getInt(9)),
              new Span(rs.getInt(10), rs.getInt(11)), rs.getBoolean(14));
          long reportId = rs.getLong(2);
          String outlet = intern(names, rs.getString(13));
          claimsByReport.computeIfAbsent(reportId, k -> new ArrayList<>(4))
              .add(new Claim(rs.getLong(1), reportId, rs.getLong(3), outlet, f, rs.getString(12)));
          figuresByReport.computeIfAbsent(reportId, k -> new ArrayList<>(4)).add(f);
        }
      }
    }
    List<StoredReport> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.article_id, r.exchange_date, r.ordinal, "
        + "r.ordinal_start, r.ordinal_end, r.mediators, r.location, r.in_passing, a.outlet, a.published "
        + "FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.superseded = ?" + where + " ORDER BY r.id")) {
      ps.setBoolean(1, false);
      for (int i = 0; i < params.size(); i++) {
        ps.setString(i + 2, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String date = rs.getString(3);
          Integer ordinal = Sql.getInt(rs, "ordinal");
          Integer os = Sql.getInt(rs, "ordinal_start");
          Integer oe = Sql.getInt(rs, "ordinal_end");
          String med = rs.getString(7);
          List<String> mediators = med.isEmpty() ? List.of()
              : Arrays.stream(med.split("; ")).map(m -> intern(names, m)).toList();
          ExchangeReport report = new ExchangeReport(date == null ? null : PartialDate.parse(date),
              figuresByReport.getOrDefault(id, List.of()), mediators, ordinal,
              os == null || oe == null ? null : new Span(os, oe), intern(names, rs.getString(8)), rs.getBoolean(9));
          String published = rs.getString(11);
          out.add(new StoredReport(id, rs.getLong(2), intern(names, rs.getString(10)),
              published == null ? null : LocalDate.parse(published), report,
              claimsByReport.getOrDefault(id, List.of())));
        }
      }
    }
    return out;
  }

  /** Every current running total, in id order. */
  public List<CumulativeClaim> currentTotals(Connection c) throws SQLException {
    List<CumulativeClaim> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.article_id, t.side, t.head_count, t.qualifier, "
        + "t.as_of, t.source, t.evidence_start, t.evidence_end, t.number_start, t.number_end, a.outlet, a.published "
        + "FROM cumulative_claims t JOIN articles a ON a.id = t.article_id WHERE t.superseded = ? ORDER BY t.id")) {
      ps.setBoolean(1, false);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String asOf = rs.getString(6);
          String published = rs.getString(13);
          CumulativeReport r = new CumulativeReport(Side.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)),
              rs.getLong(4), Qualifier.fromCode(rs.getString(5)), asOf == null ? null : PartialDate.parse(asOf),
              rs.getString(7), new Span(rs.getInt(8), rs.getInt(9)), new Span(rs.getInt(10), rs.getInt(11)));
          out.add(new CumulativeClaim(rs.getLong(1), rs.getLong(2), rs.getString(12),
              published == null ? null : LocalDate.parse(published), r));
        }
      }
    }
    return out;
  }

  /** Replaces events, their links, pairs and checks with {@code view}, in the caller's transaction. */
  public void replace(Connection c, LedgerView view, String version) throws SQLException {
    clear(c);
    addEvents(c, view.events(), version);
    addChecks(c, view.checks(), version);
  }

  /** Deletes every derived row: events, their links and pairs, checks. */
  public void clear(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : List.of("check_basis", "checks", "claim_pairs", "event_claims", "event_reports", "events")) {
        s.executeUpdate("DELETE FROM " + t);
      }
    }
  }

  /** Inserts events with their reports, ranked claims and pairs. */
  public void addEvents(Connection c, List<Event> events, String version) throws SQLException {
    try (PreparedStatement pe = c.prepareStatement("INSERT INTO events (id, event_date, ordinal, mediators, location, "
        + "stage_of, to_ukraine, to_ukraine_qualifier, to_russia, to_russia_qualifier, total, total_qualifier, "
        + "sources, articles, flags, ledger_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement pr = c.prepareStatement("INSERT INTO event_reports (event_id, report_id) VALUES (?,?)");
        PreparedStatement pc = c.prepareStatement("INSERT INTO event_claims (event_id, claim_id, direction, "
            + "authority, source_group, claim_rank, best) VALUES (?,?,?,?,?,?,?)");
        PreparedStatement pp = c.prepareStatement("INSERT INTO claim_pairs (event_id, first_claim, second_claim, "
            + "direction, status) VALUES (?,?,?,?,?)")) {
      int rows = 0;
      for (Event e : events) {
        Set<Long> articles = new HashSet<>();
        int sources = 0;
        for (Reconciliation r : e.sides().values()) {
          r.claims().forEach(x -> articles.add(x.claim().articleId()));
          sources = Math.max(sources, r.sources());
        }
        pe.setLong(1, e.id());
        pe.setString(2, e.date().toString());
        Sql.setInt(pe, 3, e.ordinal());
        pe.setString(4, String.join("; ", e.mediators()));
        Sql.setString(pe, 5, e.location());
        Sql.setLong(pe, 6, e.stageOf());
        int col = 7;
        for (Direction d : List.of(Direction.TO_UKRAINE, Direction.TO_RUSSIA, Direction.TOTAL)) {
          Reconciliation.Best best = e.findBest(d).orElse(null);
          Sql.setLong(pe, col++, best == null ? null : best.count());
          Sql.setString(pe, col++, best == null ? null : best.qualifier().code());
        }
        pe.setInt(13, sources);
        pe.setInt(14, articles.size());
        pe.setString(15, String.join("; ", e.flags()));
        pe.setString(16, version);
        pe.addBatch();
        rows++;
        for (long r : e.reportIds()) {
          pr.setLong(1, e.id());
          pr.setLong(2, r);
          pr.addBatch();
          rows++;
        }
        for (Reconciliation r : e.sides().values()) {
          int rank = 0;
          for (Reconciliation.Ranked x : r.claims()) {
            pc.setLong(1, e.id());
            pc.setLong(2, x.claim().id());
            pc.setString(3, r.direction().field());
            pc.setString(4, x.authority().code());
            pc.setInt(5, x.sourceGroup());
            pc.setInt(6, rank++);
            pc.setBoolean(7, r.best() != null && r.best().restsOn(x.claim().id()));
            pc.addBatch();
            rows++;
          }
          for (Agreement p : r.pairs()) {
            pp.setLong(1, e.id());
            pp.setLong(2, p.first());
            pp.setLong(3, p.second());
            pp.setString(4, r.direction().field());
            pp.setString(5, p.status().code());
            pp.addBatch();
            rows++;
          }
        }
        if (rows >= FLUSH_ROWS) {
          flush(pe, pr, pc, pp);
          rows = 0;
        }
      }
      flush(pe, pr, pc, pp);
    }
  }

  /** Inserts checks, numbered from 1, with what each rests on. */
  public void addChecks(Connection c, List<Check> checks, String version) throws SQLException {
    try (PreparedStatement pk = c.prepareStatement(
        "INSERT INTO checks (id, kind, outcome, message, ledger_version) VALUES (?,?,?,?,?)");
        PreparedStatement pb = c.prepareStatement(
            "INSERT INTO check_basis (check_id, basis_kind, ref_id) VALUES (?,?,?)")) {
      long id = 0;
      for (Check k : checks) {
        pk.setLong(1, ++id);
        pk.setString(2, k.kind());
        pk.setString(3, k.outcome().code());
        pk.setString(4, k.message().length() > 2000 ? k.message().substring(0, 2000) : k.message());
        pk.setString(5, version);
        pk.addBatch();
        for (Check.Basis b : new java.util.LinkedHashSet<>(k.basis())) {
          pb.setLong(1, id);
          pb.setString(2, b.kind().code());
          pb.setLong(3, b.id());
          pb.addBatch();
        }
        if (id % FLUSH_ROWS == 0) {
          flush(pk, pb);
        }
      }
      flush(pk, pb);
    }
  }

  /** Rows held in JDBC batches before they are sent: the driver keeps every bound value until then. */
  static final int FLUSH_ROWS = 5000;

  /** Sends the batches in order (parents before the rows that point to them). */
  private static void flush(PreparedStatement... statements) throws SQLException {
    for (PreparedStatement ps : statements) {
      ps.executeBatch();
    }
  }

  static Direction direction(String field) {
    for (Direction d : Direction.values()) {
      if (d.field().equals(field)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown direction in the store: " + field);
  }

  private static @Nullable String intern(Map<String, String> names, @Nullable String s) {
    return s == null ? null : names.computeIfAbsent(s, k -> k);
  }
}
